using Causa.Core.Ingest;
using Causa.Core.Resolution;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// Merges an existing store and new quarters into a new <see cref="StoreData"/>, in four stages with one job each:
/// case assembly (<see cref="QuarterCaseAssembler"/>), deduplication (<see cref="CaseDeduplication"/>: latest
/// <c>fda_dt</c>, then highest primary id, then latest quarter; every case on any DELETE list removed), canonical content
/// (<see cref="CanonicalContent"/>), name resolution (<see cref="EntryNameResolution"/>) and index building
/// (<see cref="StoreIndexBuilder"/>).
/// </summary>
/// <remarks>The result depends only on the set of report versions and DELETE lists seen, not on the order they
/// arrive in, so ingest is order-independent and re-ingesting a quarter changes nothing. Not thread-safe.</remarks>
internal sealed class StoreMerger
{
    private readonly StagedCases _staged = new();

    /// <summary>Stages every case of an existing store.</summary>
    public void AddExisting(StoreData data) => _staged.AddExisting(data);

    /// <summary>Stages every report of a quarter as a candidate case version.</summary>
    public BatchLinkSummary AddBatch(QuarterBatch batch) => QuarterCaseAssembler.Add(_staged, batch);

    /// <summary>Selects the kept version of every case and produces the canonical store content.</summary>
    /// <param name="resolverFactory">Builds the drug-name resolver from the name pairs learned from all kept cases.</param>
    public StoreData Build(IDrugNameResolverFactory resolverFactory)
    {
        ArgumentNullException.ThrowIfNull(resolverFactory);
        var versions = new CaseVersion[_staged.Candidates.Count];
        for (var i = 0; i < versions.Length; i++)
        {
            var c = _staged.Candidates[i];
            versions[i] = new CaseVersion(c.CaseId, c.FdaDate, c.PrimaryId, c.Quarter);
        }

        var data = CanonicalContent.Build(_staged, CaseDeduplication.SelectKept(versions, _staged.Deleted));
        EntryNameResolution.Resolve(data, resolverFactory);
        StoreIndexBuilder.Build(data);
        return data;
    }
}
