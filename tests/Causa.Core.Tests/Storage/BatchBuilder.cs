using Causa.Core.Ingest;
using Causa.Core.Model;
using Causa.Core.Names;
using Causa.Core.Resolution;

namespace Causa.Core.Tests.Storage;

/// <summary>Builds small hand-made quarters for store tests.</summary>
internal sealed class BatchBuilder(int year, int quarter)
{
    private readonly QuarterBatch _batch = new(new Quarter(year, quarter), FaersLayout.Faers, $"test_{year}q{quarter}");

    public BatchBuilder Report(long caseId, int version, int fdaDate, string[] suspects, string[] events, string[]? concomitants = null, Sex sex = Sex.Female, float age = 50)
    {
        var primaryId = (caseId * 100) + version;
        PartialDate.TryParse(fdaDate.ToString(System.Globalization.CultureInfo.InvariantCulture), out var date);
        _batch.Reports.Add(new ReportRow(primaryId, caseId, version, date, PartialDate.None, sex, age, ReporterType.Physician, "US", "US", _batch.Reports.Count + 2));
        var seq = 1;
        foreach (var drug in suspects)
        {
            _batch.Drugs.Add(new DrugRow(primaryId, seq++, seq == 2 ? DrugRole.PrimarySuspect : DrugRole.SecondarySuspect, drug, drug));
        }

        foreach (var drug in concomitants ?? [])
        {
            _batch.Drugs.Add(new DrugRow(primaryId, seq++, DrugRole.Concomitant, drug, drug));
        }

        foreach (var e in events)
        {
            _batch.Reactions.Add(new ReactionRow(primaryId, e));
        }

        return this;
    }

    public BatchBuilder Indication(long caseId, int version, int drugSeq, string term)
    {
        _batch.Indications.Add(new IndicationRow((caseId * 100) + version, drugSeq, term));
        return this;
    }

    public BatchBuilder Delete(params long[] caseIds)
    {
        _batch.DeletedCaseIds.AddRange(caseIds);
        return this;
    }

    public QuarterBatch Build() => _batch;
}

/// <summary>Resolves a drug entry to its coded ingredient, upper case: enough to test the store without the vocabulary.</summary>
internal sealed class UpperCaseResolver : IDrugNameResolver, IDrugNameResolverFactory
{
    public static UpperCaseResolver Factory { get; } = new();

    public IDrugNameResolver Create(IReadOnlyList<LearnedNamePair> learnedPairs) => this;

    public DrugResolution Resolve(string drugName, string? prodAi)
    {
        var name = (prodAi ?? drugName).Trim().ToUpperInvariant();
        return name.Length == 0 ? DrugResolution.Unresolved : new DrugResolution([name], DrugResolutionKind.ActiveIngredientField, 1);
    }
}
