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

    // Plain switches: Enum.IsDefined over these enums is compiled at run time in every process.
    private static bool TryKind(string text, out WarningSignKind kind)
    {
        switch (text)
        {
            case "condition":
                kind = WarningSignKind.Condition;
                return true;
            case "reaction":
                kind = WarningSignKind.Reaction;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    private static bool TryUrgency(string text, out WarningUrgency urgency)
    {
        switch (text)
        {
            case "emergency":
                urgency = WarningUrgency.Emergency;
                return true;
            case "urgent":
                urgency = WarningUrgency.Urgent;
                return true;
            case "soon":
                urgency = WarningUrgency.Soon;
                return true;
            default:
                urgency = default;
                return false;
        }
    }

    private static Tables Load()
    {
        var rows = CuratedTableText.LoadResource(ResourceName, Parse);
        // A plain dictionary: two hundred rows read once per process, where building a frozen one cost more than it saves.
        // Plain loops: grouping and ordering by the enum with LINQ is compiled at run time in every process.
        var groups = new Dictionary<string, List<WarningSign>>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (!groups.TryGetValue(row.Subject, out var group))
            {
                group = [];
                groups[row.Subject] = group;
            }

            // Most urgent first, file order within an urgency (a stable insertion).
            var j = group.Count;
            while (j > 0 && group[j - 1].Urgency > row.Urgency)
            {
                j--;
            }

            group.Insert(j, row);
        }

        var bySubject = new Dictionary<string, IReadOnlyList<WarningSign>>(groups.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (subject, group) in groups)
        {
            bySubject[subject] = group.ToArray();
        }

        return new Tables(rows, bySubject);
    }

    private sealed record Tables(IReadOnlyList<WarningSign> Rows, Dictionary<string, IReadOnlyList<WarningSign>> BySubject);
}
