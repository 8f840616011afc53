using System.Diagnostics;
using System.Globalization;
using Causa.Core.Statistics;
using Causa.Core.Storage;

namespace Causa.Core.Signals;

/// <summary>
/// Scans a whole store: counts every (ingredient, term) pair over unique cases, computes stratified expected counts,
/// fits the MGPS prior over all pairs; the result scores each pair (EBGM, EB05, EB95, Qn) when asked.
/// </summary>
/// <remarks>Memory: two dense margin tables (ingredients × strata and terms × strata, 4 bytes each) plus the pair
/// arrays (term id, N and E: 16 bytes a pair; 8 more while counting, and 8 more for the E the fit sorts). The scores are
/// computed later, when the result is asked for them. Time: linear in the case–drug–event triples for counting; pairs ×
/// non-empty strata of the drug for E.</remarks>
public static class SignalScanner
{
    /// <summary>Runs the scan.</summary>
    public static SignalScanResult Scan(ICaseStore store, SignalScanOptions? options = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        options ??= new SignalScanOptions();
        var clock = Stopwatch.StartNew();

        // Strata: a dense index per case.
        progress?.Report("counting pairs");
        var (stratumOf, strataCount) = AssignStrata(store, options.Strata);
        var casesPerStratum = new int[strataCount];
        foreach (var s in stratumOf)
        {
            casesPerStratum[s]++;
        }

        var ingredientCount = store.Ingredients.Count;
        var termCount = store.Terms.Count;
        var drugMargins = new int[(long)ingredientCount * strataCount];
        var termMargins = new int[(long)termCount * strataCount];
        for (var d = 0; d < ingredientCount; d++)
        {
            var row = drugMargins.AsSpan(d * strataCount, strataCount);
            foreach (var c in store.CasesWithIngredient(d, options.Roles))
            {
                row[stratumOf[c]]++;
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            var row = termMargins.AsSpan(t * strataCount, strataCount);
            foreach (var c in store.CasesWithTerm(t))
            {
                row[stratumOf[c]]++;
            }
        }

        // Pair counts, one ingredient at a time: its cases' events into a scratch counter.
        var perDrug = new (int[] Terms, int[] Counts)[ingredientCount];
        Parallel.For(0, ingredientCount, () => (Counts: new int[termCount], Touched: new List<int>()), (d, _, scratch) =>
        {
            foreach (var c in store.CasesWithIngredient(d, options.Roles))
            {
                foreach (var t in store.EventsOfCase(c))
                {
                    if (scratch.Counts[t]++ == 0)
                    {
                        scratch.Touched.Add(t);
                    }
                }
            }

            scratch.Touched.Sort();
            var terms = scratch.Touched.ToArray();
            var counts = new int[terms.Length];
            for (var k = 0; k < terms.Length; k++)
            {
                counts[k] = scratch.Counts[terms[k]];
                scratch.Counts[terms[k]] = 0;
            }

            scratch.Touched.Clear();
            perDrug[d] = (terms, counts);
            return scratch;
        }, static _ => { });

        var offsets = new int[ingredientCount + 1];
        for (var d = 0; d < ingredientCount; d++)
        {
            offsets[d + 1] = checked(offsets[d] + perDrug[d].Terms.Length);
        }

        var total = offsets[ingredientCount];
        var termsOut = new int[total];
        var n = new int[total];
        for (var d = 0; d < ingredientCount; d++)
        {
            perDrug[d].Terms.CopyTo(termsOut, offsets[d]);
            perDrug[d].Counts.CopyTo(n, offsets[d]);
            perDrug[d] = default; // the pair arrays now hold it; let the collector have it before the fit
        }

        var counting = clock.Elapsed;

        // Expected counts: E = Σₛ n(d,s)·n(t,s)/n(s) over the drug's non-empty strata.
        progress?.Report("expected counts");
        clock.Restart();
        var expected = new double[total];
        Parallel.For(0, ingredientCount, d =>
        {
            var drugRow = drugMargins.AsSpan(d * strataCount, strataCount);
            var strata = new List<int>();
            var weights = new List<double>();
            for (var s = 0; s < strataCount; s++)
            {
                if (drugRow[s] > 0)
                {
                    strata.Add(s);
                    weights.Add((double)drugRow[s] / casesPerStratum[s]);
                }
            }

            for (var k = offsets[d]; k < offsets[d + 1]; k++)
            {
                var termRow = termMargins.AsSpan(termsOut[k] * strataCount, strataCount);
                double e = 0;
                for (var j = 0; j < strata.Count; j++)
                {
                    e += weights[j] * termRow[strata[j]];
                }

                expected[k] = e;
            }
        });
        var expectedTime = clock.Elapsed;

        var warnings = new List<string>();
        var used = casesPerStratum.Count(static x => x > 0);
        var sparse = casesPerStratum.Count(x => x > 0 && x < options.SparseStratumCases);
        if (sparse > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture,
                $"{sparse} of {used} strata have fewer than {options.SparseStratumCases} cases; their expected counts are noisy (consider fewer strata, e.g. --strata sex,age)."));
        }

        // MGPS: fit over all pairs (N* = 1), then score every pair.
        progress?.Report("fitting MGPS prior");
        clock.Restart();
        MgpsFitResult? fit = null;
        var theta = options.Theta;
        if (theta is null && total > 0)
        {
            fit = MgpsModel.Fit(n, expected, options.Fit);
            theta = fit.Hyperparameters;
            if (!fit.Succeeded)
            {
                warnings.Add("MGPS fit: " + fit.Message);
            }

            warnings.AddRange(fit.Warnings.Select(static w => "MGPS fit: " + w));
        }

        var fitTime = clock.Elapsed;
        theta?.Validate();

        // Scores are computed when asked for (all at once, or a block at a time while the scan is saved): holding them
        // would add 32 bytes a pair to the scan's peak.
        return new SignalScanResult(offsets, termsOut, n, expected, theta, fit, options.Roles, options.Strata, used, sparse, warnings, store.Fingerprint,
            (counting, expectedTime, fitTime));
    }

    /// <summary>Gives each case a dense stratum index from the chosen fields.</summary>
    internal static (int[] StratumOf, int Count) AssignStrata(ICaseStore store, StratumFields fields)
    {
        var cases = store.CaseCount;
        var yearOf = new int[cases];
        var minYear = int.MaxValue;
        var maxYear = int.MinValue;
        for (var c = 0; c < cases; c++)
        {
            var year = yearOf[c] = store.ReportYearOf(c);
            if (year > 0)
            {
                minYear = Math.Min(minYear, year);
                maxYear = Math.Max(maxYear, year);
            }
        }

        // Year slot 0 holds an unknown year; known years follow.
        var years = minYear == int.MaxValue ? 1 : maxYear - minYear + 2;
        var sexCount = fields.HasFlag(StratumFields.Sex) ? 3 : 1;
        var ageCount = fields.HasFlag(StratumFields.AgeGroup) ? 8 : 1;
        var yearCount = fields.HasFlag(StratumFields.ReportYear) ? years : 1;
        var stratumOf = new int[cases];
        for (var c = 0; c < cases; c++)
        {
            var sex = sexCount == 1 ? 0 : (int)store.SexOf(c);
            var age = ageCount == 1 ? 0 : (int)store.AgeGroupOf(c);
            var year = yearOf[c];
            var yearSlot = yearCount == 1 || year == 0 ? 0 : year - minYear + 1;
            stratumOf[c] = (((yearSlot * ageCount) + age) * sexCount) + sex;
        }

        return (stratumOf, sexCount * ageCount * yearCount);
    }
}
