using System.Globalization;

namespace Causa.Core.Statistics;

/// <summary>
/// Counts pairs and expected counts from raw rows (id, var1, var2, stratum), as openEBGM's <c>processRaw</c>:
/// every count is of unique ids, never of rows.
/// </summary>
/// <remarks>
/// N(var1, var2) = ids with both. Unstratified E = N(var1)·N(var2)/N(ids), with N(var1) the ids reporting var1.
/// Stratified E = Σₛ N(var1, s)·N(var2, s)/N(ids, s). Not thread-safe (an accumulator: call <see cref="Add"/>
/// from one thread, then <see cref="Build"/>).
/// </remarks>
public sealed class ExpectedCountBuilder
{
    /// <summary>Strata with fewer ids than this draw a warning (openEBGM's threshold).</summary>
    public const int SparseStratumIds = 50;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _var1 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _var2 = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _strata = new(StringComparer.Ordinal);
    private readonly HashSet<(int Var1, int Var2, int Id)> _pairIds = [];
    private readonly HashSet<(int Var, int Stratum, int Id)> _var1Ids = [];
    private readonly HashSet<(int Var, int Stratum, int Id)> _var2Ids = [];
    private readonly HashSet<(int Stratum, int Id)> _stratumIds = [];

    /// <summary>Rows added so far.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds one raw row.</summary>
    /// <param name="id">Report or case id.</param>
    /// <param name="var1">First variable (drug/product).</param>
    /// <param name="var2">Second variable (event).</param>
    /// <param name="stratum">Stratum label (e.g. "Female|65+|2024"); null or empty for a single stratum.</param>
    public void Add(string id, string var1, string var2, string? stratum = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(var1);
        ArgumentNullException.ThrowIfNull(var2);
        var idKey = Intern(_ids, id);
        var v1 = Intern(_var1, var1);
        var v2 = Intern(_var2, var2);
        var s = Intern(_strata, stratum ?? string.Empty);
        _pairIds.Add((v1, v2, idKey));
        _var1Ids.Add((v1, s, idKey));
        _var2Ids.Add((v2, s, idKey));
        _stratumIds.Add((s, idKey));
        Rows++;
    }

    /// <summary>Builds the pair table.</summary>
    /// <param name="stratified">True for Σ over strata; false ignores strata.</param>
    public ExpectedCountTable Build(bool stratified)
    {
        var warnings = new List<string>();
        var strataCount = stratified ? _strata.Count : 1;
        var idsPerStratum = new long[strataCount];
        var var1Counts = new long[_var1.Count * strataCount];
        var var2Counts = new long[_var2.Count * strataCount];
        if (stratified)
        {
            foreach (var (s, _) in _stratumIds)
            {
                idsPerStratum[s]++;
            }

            foreach (var (v, s, _) in _var1Ids)
            {
                var1Counts[(v * strataCount) + s]++;
            }

            foreach (var (v, s, _) in _var2Ids)
            {
                var2Counts[(v * strataCount) + s]++;
            }

            foreach (var (name, s) in _strata)
            {
                if (idsPerStratum[s] < SparseStratumIds)
                {
                    warnings.Add(string.Create(CultureInfo.InvariantCulture, $"Stratum '{name}' has only {idsPerStratum[s]} id(s) (< {SparseStratumIds}); its expected counts are unstable."));
                }
            }
        }
        else
        {
            // An id may sit in several strata; unstratified counts must count it once.
            idsPerStratum[0] = _ids.Count;
            foreach (var (v, id) in _var1Ids.Select(x => (x.Var, x.Id)).Distinct())
            {
                var1Counts[v]++;
            }

            foreach (var (v, id) in _var2Ids.Select(x => (x.Var, x.Id)).Distinct())
            {
                var2Counts[v]++;
            }
        }

        var pairN = new Dictionary<(int, int), int>();
        foreach (var (v1, v2, _) in _pairIds)
        {
            pairN[(v1, v2)] = pairN.GetValueOrDefault((v1, v2)) + 1;
        }

        var var1Names = Names(_var1);
        var var2Names = Names(_var2);
        var pairs = new List<PairCount>(pairN.Count);
        foreach (var ((v1, v2), n) in pairN)
        {
            double e = 0;
            for (var s = 0; s < strataCount; s++)
            {
                if (idsPerStratum[s] > 0)
                {
                    e += (double)var1Counts[(v1 * strataCount) + s] * var2Counts[(v2 * strataCount) + s] / idsPerStratum[s];
                }
            }

            pairs.Add(new PairCount(var1Names[v1], var2Names[v2], n, e));
        }

        pairs.Sort((a, b) =>
        {
            var byVar1 = string.CompareOrdinal(a.Var1, b.Var1);
            return byVar1 != 0 ? byVar1 : string.CompareOrdinal(a.Var2, b.Var2);
        });
        return new ExpectedCountTable(pairs, _ids.Count, strataCount, warnings);
    }

    private static int Intern(Dictionary<string, int> map, string key)
    {
        if (!map.TryGetValue(key, out var value))
        {
            value = map.Count;
            map.Add(key, value);
        }

        return value;
    }

    private static string[] Names(Dictionary<string, int> map)
    {
        var names = new string[map.Count];
        foreach (var (name, index) in map)
        {
            names[index] = name;
        }

        return names;
    }
}
