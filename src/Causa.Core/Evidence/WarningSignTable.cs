using Causa.Core.Vocabulary;

namespace Causa.Core.Evidence;

/// <summary>
/// Causa's bundled warning-sign table (Evidence/Resources/warning_signs.tsv): per condition and per serious drug reaction,
/// when to see a doctor (emergency, urgent, soon), each sign in Causa's own words with the public page it rests on.
/// </summary>
/// <remarks>
/// Subjects are MedDRA preferred terms and compare without regard to case. Immutable; thread-safe. The table is loaded on
/// first use; a broken embedded table is a build defect and throws <see cref="InvalidOperationException"/>.
/// </remarks>
public static class WarningSignTable
{
    private const string ResourceName = "Causa.Core.Evidence.warning_signs.tsv";
    private static readonly Lazy<Tables> Data = new(Load);

    /// <summary>Every row, in file order.</summary>
    public static IReadOnlyList<WarningSign> All => Data.Value.Rows;

    /// <summary>The signs for one subject, most urgent first (file order within an urgency).</summary>
    /// <param name="preferredTerm">A MedDRA preferred term (any case).</param>
    /// <returns>The signs; empty when the table has none for the term (also for empty text).</returns>
    public static IReadOnlyList<WarningSign> For(string preferredTerm)
    {
        ArgumentNullException.ThrowIfNull(preferredTerm);
        return Data.Value.BySubject.TryGetValue(preferredTerm.Trim(), out var signs) ? signs : [];
    }

    /// <summary>Parses warning-sign text (tab-separated: subject, kind, urgency, sign, source organisation, title, URL, and
    /// optionally the drugs a reaction row is about, comma-separated).</summary>
    /// <param name="reader">The table text; '#' comment lines, blank lines and the column-header line are skipped.</param>
    /// <returns>The rows, and one message per line that was refused (too few fields, an empty field, an unknown kind or urgency).</returns>
    public static CuratedTableRead<WarningSign> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<WarningSign>();
        var errors = new List<string>();
        foreach (var (number, f) in CuratedTableText.DataRows(reader, "subject_pt"))
        {
            if (f.Length < 7 || f.Take(7).Any(static x => x.Length == 0))
            {
                errors.Add($"line {number}: expected 7 non-empty tab-separated fields, found {f.Count(static x => x.Length > 0)}");
                continue;
            }

            if (!TryKind(f[1], out var kind))
            {
                errors.Add($"line {number}: kind '{f[1]}' is not condition or reaction");
                continue;
            }

            if (!TryUrgency(f[2], out var urgency))
            {
                errors.Add($"line {number}: urgency '{f[2]}' is not emergency, urgent or soon");
                continue;
            }

            IReadOnlyList<string> drugs = f.Length > 7
                ? [.. f[7].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(static d => d.ToLowerInvariant())]
                : [];
            rows.Add(new WarningSign(f[0], kind, urgency, f[3], new CuratedSource(f[4], f[5], f[6]), drugs));
        }

        return new CuratedTableRead<WarningSign>(rows, errors);
    }

    private static bool TryKind(string text, out WarningSignKind kind)
    {
        kind = text switch
        {
            "condition" => WarningSignKind.Condition,
            "reaction" => WarningSignKind.Reaction,
            _ => (WarningSignKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    private static bool TryUrgency(string text, out WarningUrgency urgency)
    {
        urgency = text switch
        {
            "emergency" => WarningUrgency.Emergency,
            "urgent" => WarningUrgency.Urgent,
            "soon" => WarningUrgency.Soon,
            _ => (WarningUrgency)(-1),
        };
        return Enum.IsDefined(urgency);
    }

    private static Tables Load()
    {
        var rows = CuratedTableText.LoadResource(ResourceName, Parse);
        // A plain dictionary: two hundred rows read once per process, where building a frozen one cost more than it saves.
        var bySubject = rows
            .GroupBy(static r => r.Subject, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                static g => g.Key,
                static g => (IReadOnlyList<WarningSign>)[.. g.OrderBy(static r => r.Urgency)],
                StringComparer.OrdinalIgnoreCase);
        return new Tables(rows, bySubject);
    }

    private sealed record Tables(IReadOnlyList<WarningSign> Rows, Dictionary<string, IReadOnlyList<WarningSign>> BySubject);
}
