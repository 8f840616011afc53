using System.Diagnostics.CodeAnalysis;
using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>The outcome of reading one source: a batch, or an error naming the file.</summary>
/// <remarks>Immutable once returned; the <see cref="Batch"/> belongs to the caller.</remarks>
public sealed class FaersReadResult
{
    private FaersReadResult(QuarterBatch? batch, FaersReadError? error, IReadOnlyList<FaersValueWarning> valueWarnings, IReadOnlyList<FaersTableLines> lines)
    {
        Batch = batch;
        Error = error;
        ValueWarnings = valueWarnings;
        Lines = lines;
    }

    /// <summary>True when <see cref="Batch"/> holds the quarter; false when <see cref="Error"/> says why not.</summary>
    [MemberNotNullWhen(true, nameof(Batch))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>The parsed quarter; null on failure.</summary>
    public QuarterBatch? Batch { get; }

    /// <summary>The fatal problem; null on success.</summary>
    public FaersReadError? Error { get; }

    /// <summary>Uninterpretable values in accepted rows, per table and column (empty on failure or when none).</summary>
    public IReadOnlyList<FaersValueWarning> ValueWarnings { get; }

    /// <summary>Physical line accounting per table read (empty on failure).</summary>
    public IReadOnlyList<FaersTableLines> Lines { get; }

    internal static FaersReadResult Success(QuarterBatch batch, IReadOnlyList<FaersValueWarning> valueWarnings, IReadOnlyList<FaersTableLines> lines)
        => new(batch, null, valueWarnings, lines);

    internal static FaersReadResult Failure(FaersReadError error) => new(null, error, [], []);
}
