using Causa.Application.Ingest;
using Causa.Application.Queries;
using Causa.Application.Vocab;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>The resolver as the one path from names to store ids, through the use cases: ingest, vocab import and apply, top by class.</summary>
public sealed class VocabularyUseCaseTests : IDisposable
{
    private readonly TempFolder _store = new();
    private readonly TempFolder _other = new();

    public void Dispose()
    {
        _store.Dispose();
        _other.Dispose();
    }

    private static void Ingest(string store, params string[] quarters)
    {
        var sources = IngestService.Discover(quarters);
        Assert.True(sources.Succeeded, sources.Error?.Message);
        var ingested = new IngestService().Ingest(new IngestRequest(store, sources.Value!));
        Assert.True(ingested.Succeeded, ingested.Error?.Message);
    }

    private static void ImportVocabulary(string store, string path)
    {
        var imported = new VocabularyService(store, TimeProvider.System).Import(new VocabularyImportRequest([path]));
        Assert.True(imported.Succeeded, imported.Error?.Message);
    }

    [Fact]
    public void Ingest_uses_the_imported_vocabulary_and_gives_the_same_store_as_ingest_then_apply()
    {
        var vocabulary = TestData.PathOf("drugnames", "drugsatfda_20190702.zip");
        var quarter = TestData.PathOf("faers", "aers_ascii_2004q1_sample.zip");
        Ingest(_store.Path, quarter);
        ImportVocabulary(_store.Path, vocabulary);
        var applied = new VocabularyService(_store.Path, TimeProvider.System).Apply();
        Assert.True(applied.Succeeded, applied.Error?.Message);
        ImportVocabulary(_other.Path, vocabulary);

        Ingest(_other.Path, quarter);

        Assert.Equal(File.ReadAllBytes(_store.File("cases.causa")), File.ReadAllBytes(_other.File("cases.causa")));
        using var workspace = new CausaWorkspace(_other.Path);
        var top = new QueryService(workspace).Top(new TopRequest("Paxil", null, null, MinCount: 1));
        Assert.True(top.Succeeded, top.Error?.Message);
        Assert.NotEmpty(top.Value!.Rows);
        Assert.All(top.Value.Rows, r => Assert.Equal("PAROXETINE", r.Drug));
    }

    [Fact]
    public void Top_class_alone_counts_a_case_once_for_the_class()
    {
        Ingest(_store.Path, TestData.PathOf("faers", "nico8270_2025q4_sample1000"), TestData.PathOf("faers", "ubesp_2020q3_first10k"), TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip"));
        ImportVocabulary(_store.Path, TestData.PathOf("drugnames", "drugcentral_2016", "pharm_class.tsv"));
        using var workspace = new CausaWorkspace(_store.Path);
        var queries = new QueryService(workspace);

        var byClass = queries.Top(new TopRequest(null, null, "statin", MinCount: 1, Limit: 5));

        Assert.True(byClass.Succeeded, byClass.Error?.Message);
        Assert.NotEmpty(byClass.Value!.Rows);
        Assert.All(byClass.Value.Rows, r => Assert.Equal("statin (class)", r.Drug));
        // The class count of an event is at least that of any one member and at most their sum (cases counted once).
        var top = byClass.Value.Rows[0];
        var members = queries.Top(new TopRequest(null, top.Event, "statin", MinCount: 1, Limit: 1000));
        Assert.True(members.Succeeded, members.Error?.Message);
        var counts = members.Value!.Rows.Select(static r => r.A).ToList();
        Assert.InRange(top.A, counts.Max(), counts.Sum());
    }

    [Fact]
    public async Task Update_downloads_whole_files_and_a_cut_download_leaves_the_last_one_and_the_vocabulary_as_they_were()
    {
        var zip = await File.ReadAllBytesAsync(TestData.PathOf("drugnames", "drugsatfda_20190702.zip"));
        await using var server = new LocalHttpServer();
        server.Serve("products.zip", zip);
        var request = new VocabularyUpdateRequest([new Uri(server.BaseUri, "products.zip").ToString()]);
        var service = new VocabularyService(_store.Path, TimeProvider.System);

        var first = await service.UpdateAsync(request);
        Assert.True(first.Succeeded, first.Error?.Message);
        var download = Assert.Single(Directory.GetFiles(_store.File("downloads")));
        Assert.Equal(zip, await File.ReadAllBytesAsync(download));
        var vocabulary = await File.ReadAllBytesAsync(_store.File(Causa.Core.Vocabulary.VocabularyFile.FileName));

        server.CutNextResponses(1, afterBytes: zip.Length / 2);
        var cut = await service.UpdateAsync(request);

        Assert.False(cut.Succeeded);
        Assert.Equal(Causa.Application.Errors.ErrorKind.BadData, cut.Error!.Kind);
        Assert.Equal([download], Directory.GetFiles(_store.File("downloads")));
        Assert.Equal(zip, await File.ReadAllBytesAsync(download));
        Assert.Equal(vocabulary, await File.ReadAllBytesAsync(_store.File(Causa.Core.Vocabulary.VocabularyFile.FileName)));
    }

    [Fact]
    public async Task Update_refuses_a_url_that_is_not_http_before_downloading_anything()
    {
        var updated = await new VocabularyService(_store.Path, TimeProvider.System).UpdateAsync(new VocabularyUpdateRequest(["file:///etc/passwd"]));

        Assert.Equal(Causa.Application.Errors.ErrorKind.BadInput, updated.Error!.Kind);
        Assert.Contains("is not an http(s) URL", updated.Error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_store.File("downloads")));
    }
}
