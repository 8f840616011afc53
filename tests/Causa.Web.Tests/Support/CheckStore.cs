using Causa.Application.Sources;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Web.Tests.Support;

/// <summary>Fills a store folder for the article checker's tests: the FAERS sample quarter, SIDER 4.1 labels and
/// DrugCentral's indications, so claims get real cause and help verdicts.</summary>
internal static class CheckStore
{
    public static void Fill(string folder)
    {
        var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", "nico8270_2025q4_sample1000")]);
        if (error is not null)
        {
            throw new InvalidOperationException(error.ToString());
        }

        var ingest = new FaersIngestor().Ingest(new FileCaseSink(folder), sources);
        if (!ingest.Succeeded)
        {
            throw new InvalidOperationException(ingest.ErrorMessage);
        }

        var added = new SourceService(folder, TimeProvider.System).Add(new SourceAddRequest(
            [TestData.PathOf("labels", "sider4.1"), TestData.PathOf("indications", "drugcentral_2016_drug_indication.tsv")]));
        if (!added.Succeeded)
        {
            throw new InvalidOperationException(added.Error.Message);
        }
    }
}
