using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Faers.Ingest;
using Causa.Faers.Synthetic;
using Causa.Storage.Files;

namespace Causa.Faers.Tests.EndToEnd;

/// <summary>
/// The whole pipeline on a synthetic quarter with known truth: generate → ingest (reader, dedup, name resolution)
/// → ask. Planted associations must be flagged and null pairs mostly not.
/// </summary>
public sealed class PlantedSignalTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "causa-e2e-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Planted_signals_are_flagged_and_null_pairs_mostly_are_not()
    {
        Directory.CreateDirectory(_root);
        var generator = new SyntheticQuarterGenerator(new SyntheticQuarterOptions { Reports = 60_000, Seed = 7, Quarter = new Quarter(2031, 2) });
        var zip = Path.Combine(_root, generator.FileName);
        generator.WriteFiles(zip);

        var (sources, error) = FaersIngestor.Discover([zip]);
        Assert.Null(error);
        var result = new FaersIngestor().Ingest(new FileCaseSink(Path.Combine(_root, "store")), sources);
        Assert.True(result.Succeeded, result.ErrorMessage);
        using var store = CaseStore.Open(Path.Combine(_root, "store")).Store!;
        var queries = new SignalQueries(store);

        var planted = generator.Pairs.Where(p => p.Kind == PlantedPairKind.Planted).ToList();
        var nulls = generator.Pairs.Where(p => p.Kind == PlantedPairKind.Null).ToList();
        Assert.NotEmpty(planted);
        Assert.NotEmpty(nulls);

        // A planted pair is "powered" when the count it should produce, RR × E, is at least 10. Each powered pair can
        // still fall short by Poisson chance (P(a ≤ 5 | mean 14) ≈ 0.5%, which seed 7 hits once), so at most one
        // powered miss is allowed. Weaker pairs (a of 2–5 at this size) may be missed, as they would be in real data.
        var answers = planted.Select(p => (Pair: p, Answer: Ask(store, queries, p))).ToList();
        static bool Flagged(PairAnswer a) => a.Signals.Contains("ic025") && a.Signals.Contains("evans");
        var powered = answers.Where(x => x.Pair.RelativeRisk * x.Answer.Expected >= 10).ToList();
        var missed = string.Join("; ", answers.Where(x => !Flagged(x.Answer)).Select(x => $"{x.Pair.Drug}/{x.Pair.Event} RR {x.Pair.RelativeRisk}: a={x.Answer.A} E={x.Answer.Expected:0.0} PRR={x.Answer.Prr:0.00}"));
        Assert.True(powered.Count >= planted.Count / 2, $"only {powered.Count} of {planted.Count} planted pairs are powered at this size");
        Assert.True(powered.Count(x => !Flagged(x.Answer)) <= 1, "powered planted pairs missed: " + missed);
        Assert.True(answers.Count(x => Flagged(x.Answer)) >= planted.Count * 3 / 4, "too many planted pairs missed: " + missed);

        var nullFlagged = nulls.Count(pair => Ask(store, queries, pair).Signals.Contains("ic025"));

        // IC025 > 0 is a one-sided 97.5% bound: a few false positives among nulls are expected, not many.
        Assert.True(nullFlagged <= Math.Max(2, nulls.Count / 8), $"{nullFlagged} of {nulls.Count} null pairs flagged");
    }

    private static PairAnswer Ask(CaseStore store, SignalQueries queries, PlantedPair pair)
    {
        var drug = store.FindIngredient(pair.Drug);
        var term = store.FindTerm(pair.Event);
        Assert.True(drug is not null, $"ingredient {pair.Drug} not in the store");
        Assert.True(term is not null, $"term {pair.Event} not in the store");
        return queries.Ask(drug.Value, term.Value);
    }
}
