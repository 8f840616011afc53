using Causa.Application.Sources;
using Causa.Application.Vocab;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Application.Tests;

/// <summary>
/// One store folder for the answer tests, built as a user would: a real FAERS sample ingested, DrugCentral's names and
/// classes imported, DrugCentral's indications and an MDDC count table added. The tests only read it.
/// </summary>
public sealed class AnswerStore : IDisposable
{
    private readonly TempFolder _folder = new();

    public AnswerStore()
    {
        var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", "nico8270_2025q4_sample1000")]);
        Assert.Null(error);
        var ingested = new FaersIngestor().Ingest(new FileCaseSink(_folder.Path), sources);
        Assert.True(ingested.Succeeded, ingested.ErrorMessage);
        var dc = TestData.PathOf("drugnames", "drugcentral_2016");
        var vocabulary = new VocabularyService(_folder.Path, TimeProvider.System).Import(new VocabularyImportRequest([Path.Combine(dc, "pharm_class.tsv"), Path.Combine(dc, "identifiers.tsv")]));
        Assert.True(vocabulary.Succeeded, vocabulary.Error?.Message);
        var added = new SourceService(_folder.Path, TimeProvider.System).Add(new SourceAddRequest([
            TestData.PathOf("indications", "drugcentral_2016_drug_indication.tsv"),
            TestData.PathOf("faers_more", "mddc_faers_contingency", "sedative1000.csv")]));
        Assert.True(added.Succeeded, added.Error?.Message);
    }

    /// <summary>The store folder.</summary>
    public string Directory => _folder.Path;

    public void Dispose() => _folder.Dispose();
}
