namespace Causa.Core.Sources;

/// <summary>
/// The terms a list of sources knows, for name resolution: every label entry's term, every indication's mapped term and
/// every count table's event, one spelling per term (compared in any case), sorted (ordinal).
/// </summary>
/// <remarks>Where two spellings differ only in case, the first in this order wins: label terms by ingredient in the order
/// ingredients first appear (sources in list order, entries in file order), each ingredient's entries from every source in
/// that order; then indication terms, grouped by ingredient the same way; then each count table's events in its order.
/// <see cref="EvidenceSourceFile"/> writes the result with the file, so a process reading it does not walk every entry.</remarks>
internal static class SourceTerms
{
    /// <summary>The terms of <paramref name="all"/>.</summary>
    public static List<string> Of(IReadOnlyList<ImportedSource> all)
    {
        var terms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in Grouped(all, static s => s.Labels.Count, LabelIngredient, LabelTerm))
        {
            terms.TryAdd(t, t);
        }

        foreach (var t in Grouped(all, static s => s.Indications.Count, static (s, i) => s.Indications[i].Ingredient, static (s, i) => s.Indications[i].Term))
        {
            terms.TryAdd(t, t);
        }

        foreach (var s in all)
        {
            foreach (var t in s.Counts?.TermTotals.Keys ?? [])
            {
                terms.TryAdd(t, t);
            }
        }

        return [.. terms.Values.Order(StringComparer.Ordinal)];
    }

    private static string LabelIngredient(ImportedSource s, int i) => s.Labels is IStoredLabels stored ? stored.IngredientAt(i) : s.Labels[i].Ingredient;

    private static string LabelTerm(ImportedSource s, int i) => s.Labels is IStoredLabels stored ? stored.TermAt(i) : s.Labels[i].Term;

    /// <summary>The entries' terms by ingredient in first-appearance order, each ingredient's entries from every source in
    /// list then entry order; null terms left out.</summary>
    private static List<string> Grouped(IReadOnlyList<ImportedSource> all, Func<ImportedSource, int> count, Func<ImportedSource, int, string> ingredientAt, Func<ImportedSource, int, string?> termAt)
    {
        var order = new List<string>();
        var perSource = new List<Dictionary<string, List<string>>>(all.Count);
        foreach (var s in all)
        {
            var byIngredient = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            for (var i = 0; i < count(s); i++)
            {
                var ingredient = ingredientAt(s, i);
                if (!byIngredient.TryGetValue(ingredient, out var list))
                {
                    list = [];
                    byIngredient[ingredient] = list;
                    order.Add(ingredient);
                }

                if (termAt(s, i) is { } term)
                {
                    list.Add(term);
                }
            }

            perSource.Add(byIngredient);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var terms = new List<string>();
        foreach (var ingredient in order)
        {
            if (!seen.Add(ingredient))
            {
                continue;
            }

            foreach (var byIngredient in perSource)
            {
                if (byIngredient.TryGetValue(ingredient, out var list))
                {
                    terms.AddRange(list);
                }
            }
        }

        return terms;
    }
}
