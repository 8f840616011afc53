using Causa.Core.Model;

namespace Causa.Core.Ingest;

/// <summary>
/// One quarter's extract as parsed rows: the contract between a FAERS reader and the case store.
/// Holds every accepted row of every table plus the accounting of what was read.
/// </summary>
/// <remarks>Strings in the rows are expected to be interned per batch (same text, same instance) to keep memory low;
/// a full quarter (~400k reports, ~1.8M drug rows) fits in a few hundred MB.</remarks>
public sealed class QuarterBatch
{
    /// <summary>Creates a batch.</summary>
    public QuarterBatch(Quarter quarter, FaersLayout layout, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        Quarter = quarter;
        Layout = layout;
        Source = source;
    }

    /// <summary>The quarter the files belong to.</summary>
    public Quarter Quarter { get; }

    /// <summary>Legacy AERS or FAERS.</summary>
    public FaersLayout Layout { get; }

    /// <summary>Where it was read from (zip or folder path).</summary>
    public string Source { get; }

    /// <summary>Accepted DEMO rows.</summary>
    public List<ReportRow> Reports { get; } = [];

    /// <summary>Accepted DRUG rows.</summary>
    public List<DrugRow> Drugs { get; } = [];

    /// <summary>Accepted REAC rows.</summary>
    public List<ReactionRow> Reactions { get; } = [];

    /// <summary>Accepted OUTC rows.</summary>
    public List<OutcomeRow> Outcomes { get; } = [];

    /// <summary>Accepted INDI rows.</summary>
    public List<IndicationRow> Indications { get; } = [];

    /// <summary>Accepted THER rows.</summary>
    public List<TherapyRow> Therapies { get; } = [];

    /// <summary>Accepted RPSR rows.</summary>
    public List<ReportSourceRow> ReportSources { get; } = [];

    /// <summary>Case ids on this quarter's DELETE list (empty when the quarter has none).</summary>
    public List<long> DeletedCaseIds { get; } = [];

    /// <summary>Accounting per table, in <see cref="FaersTable"/> order; absent optional tables have a zero account with a warning.</summary>
    public List<TableReconciliation> Reconciliation { get; } = [];

    /// <summary>Total uncompressed bytes of text read, for throughput figures.</summary>
    public long BytesRead { get; set; }
}
