using Causa.Core.Ingest;
using Causa.Core.Resolution;
using Causa.Faers.Ingest;
using Causa.Faers.Reading;
using Causa.Faers.Tests.Reading;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Hardening;

/// <summary>
/// The store is byte-identical whatever order the six real samples arrive in, one by one or together. The samples
/// overlap in case ids and DELETE lists and spell terms both ways (legacy <c>AREFLEXIA</c>, modern <c>Areflexia</c>),
/// which is what once made the order matter.
/// </summary>
public sealed class IngestOrderTests
{
    private static readonly string[] Samples =
    [
        "faers_ascii_2022Q4_sample.zip", "ubesp_2020q3_first10k", "aers_ascii_2004q1_sample.zip",
        "faers_ascii_2017q2_sample.zip", "nico8270_2025q4_sample1000", "ubesp_2012q4_tiny",
    ];

    // Each sample is read once and its batch staged many times (staging only reads a batch).
    private static readonly Lazy<QuarterBatch[]> Batches = new(ReadSamples);

    private static QuarterBatch[] ReadSamples()
    {
        var reader = new FaersQuarterReader();
        return [.. Samples.Select(sample =>
        {
            var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", sample)]);
            Assert.Null(error);
            var read = reader.Read(Assert.Single(sources));
            Assert.True(read.Succeeded, read.Error?.ToString());
            return read.Batch!;
        })];
    }

    private static byte[] Ingest(string store, IDrugNameResolverFactory resolver, params int[] samples)
    {
        var begun = StoreUpdateSession.Begin(store);
        Assert.True(begun.Succeeded, begun.Error?.ToString());
        using (var session = begun.Session)
        {
            foreach (var sample in samples)
            {
                session.Add(Batches.Value[sample]);
            }

            session.Commit(resolver);
        }

        return File.ReadAllBytes(Path.Combine(store, "cases.causa"));
    }

    private static IDrugNameResolverFactory CausaResolver(string emptyFolder)
    {
        Assert.True(new FileCaseSink(emptyFolder).TryCreateResolverFactory(out var factory, out var error), error?.ToString());
        return factory;
    }

    [Fact]
    public void Every_order_one_by_one_gives_the_store_of_all_quarters_together()
    {
        // Proof by induction over all 720 orders without running them: for every set S of samples and every sample q
        // outside it, adding q to the store of S gives the store of S ∪ {q} ingested together. Then any order, one by
        // one, ends in the store of all six together. 64 stores together and 192 single steps instead of 4,320 ingests.
        using var temp = new TempFolder();
        var resolver = CausaResolver(temp.File("resolver"));
        var n = Samples.Length;
        var together = new byte[1 << n][];
        for (var set = 1; set < together.Length; set++)
        {
            together[set] = Ingest(temp.File($"together-{set}"), resolver, [.. Enumerable.Range(0, n).Where(i => (set & (1 << i)) != 0)]);
        }

        var failures = new List<string>();
        for (var set = 1; set < together.Length; set++)
        {
            for (var q = 0; q < n; q++)
            {
                if ((set & (1 << q)) != 0)
                {
                    continue;
                }

                var step = temp.File($"step-{set}-{q}");
                Directory.CreateDirectory(step);
                File.WriteAllBytes(Path.Combine(step, "cases.causa"), together[set]);
                if (!Ingest(step, resolver, q).AsSpan().SequenceEqual(together[set | (1 << q)]))
                {
                    failures.Add($"{Samples[q]} after {{{string.Join(", ", Enumerable.Range(0, n).Where(i => (set & (1 << i)) != 0).Select(i => Samples[i]))}}}");
                }

                Directory.Delete(step, recursive: true);
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void The_order_that_once_changed_a_term_spelling_now_gives_identical_bytes()
    {
        // 2022Q4, then 2020Q3, then 2004Q1 one by one once stored AREFLEXIA where together stored Areflexia: the
        // mixed-case spelling came with a case the second merge dropped, and was lost with it.
        using var temp = new TempFolder();
        var resolver = CausaResolver(temp.File("resolver"));
        var oneByOne = temp.File("one-by-one");
        Ingest(oneByOne, resolver, 0);
        Ingest(oneByOne, resolver, 1);
        var bytes = Ingest(oneByOne, resolver, 2);

        Assert.Equal(Ingest(temp.File("together"), resolver, 0, 1, 2), bytes);
        var opened = CaseStore.Open(oneByOne);
        Assert.True(opened.Succeeded);
        using var store = opened.Store;
        Assert.Equal("Areflexia", store.Terms[store.FindTerm("AREFLEXIA")!.Value]);
    }
}
