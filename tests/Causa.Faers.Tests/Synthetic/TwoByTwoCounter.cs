namespace Causa.Faers.Tests.Synthetic;

/// <summary>
/// Builds drug–event 2×2 tables from a parsed quarter the simple way: one report per case (highest fda_dt, then
/// primaryid), deleted cases dropped, drugs = suspect (PS/SS) rows' prod_ai without salt words, combinations split.
/// </summary>
internal sealed class TwoByTwoCounter
{
    private readonly Dictionary<string, HashSet<string>> _reportsByDrug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _reportsByEvent = new(StringComparer.Ordinal);
    private readonly int _reports;

    public TwoByTwoCounter(ParsedQuarter quarter)
    {
        var deleted = quarter.Text("Deleted/DELETE31Q1.txt").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet();
        var latest = new Dictionary<string, (string FdaDate, long PrimaryId)>();
        foreach (var row in quarter.Table("ASCII/DEMO31Q1.txt").Rows)
        {
            var candidate = (row[7], long.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture));
            if (!latest.TryGetValue(row[1], out var current) || string.CompareOrdinal(candidate.Item1, current.FdaDate) > 0
                || (candidate.Item1 == current.FdaDate && candidate.Item2 > current.PrimaryId))
            {
                latest[row[1]] = candidate;
            }
        }

        var kept = latest.Where(kv => !deleted.Contains(kv.Key)).Select(kv => kv.Value.PrimaryId.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        _reports = kept.Count;
        foreach (var row in quarter.Table("ASCII/DRUG31Q1.txt").Rows)
        {
            if (kept.Contains(row[0]) && row[3] is "PS" or "SS" && row[5].Length > 0)
            {
                foreach (var ingredient in row[5].Split('\\'))
                {
                    Add(_reportsByDrug, ingredient.Split(' ')[0], row[0]);
                }
            }
        }

        foreach (var row in quarter.Table("ASCII/REAC31Q1.txt").Rows)
        {
            if (kept.Contains(row[0]))
            {
                Add(_reportsByEvent, row[2], row[0]);
            }
        }
    }

    public (long A, long B, long C, long D) Count(string drug, string ev)
    {
        var withDrug = _reportsByDrug.GetValueOrDefault(drug) ?? [];
        var withEvent = _reportsByEvent.GetValueOrDefault(ev) ?? [];
        long a = withDrug.Count(withEvent.Contains);
        long b = withDrug.Count - a;
        long c = withEvent.Count - a;
        return (a, b, c, _reports - a - b - c);
    }

    private static void Add(Dictionary<string, HashSet<string>> index, string key, string report)
    {
        if (!index.TryGetValue(key, out var set))
        {
            index[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        set.Add(report);
    }
}
