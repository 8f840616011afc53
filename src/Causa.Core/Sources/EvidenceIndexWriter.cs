using System.Text;
using Causa.Core.Files;
using L = Causa.Core.Sources.EvidenceIndexLayout;

namespace Causa.Core.Sources;

/// <summary>
/// Builds the index sections of an evidence-source file (<see cref="EvidenceIndexLayout"/>) from the sources being saved
/// and where <see cref="EvidenceSourceFile"/> wrote them: the work a reader would otherwise repeat in every process.
/// </summary>
internal static class EvidenceIndexWriter
{
    /// <summary>Builds every index section.</summary>
    /// <param name="sources">The sources saved, in file order.</param>
    /// <param name="layouts">Where each was written.</param>
    /// <param name="payload">The payload written (offsets are checked against its length).</param>
    /// <returns>Writes the sections.</returns>
    public static Action<SectionFileWriter> Build(IReadOnlyList<ImportedSource> sources, IReadOnlyList<WrittenSourceLayout> layouts, byte[] payload)
    {
        var header = new List<int> { L.RulesVersion, sources.Count };
        var stringOffsets = new List<int>();
        var labelOffsets = new List<int>();
        var labelKeys = new List<int>();
        var labelRows = new List<int>();
        var indicationKeys = new List<int>();
        var indicationRows = new List<int>();
        var termTotalOrder = new List<int>();
        var cellOrder = new List<int>();
        for (var si = 0; si < sources.Count; si++)
        {
            var s = sources[si];
            var layout = layouts[si];
            var fields = new int[L.SourceFields];
            fields[L.FStart] = layout.Start;
            fields[L.FStringCount] = layout.Table.Count;
            fields[L.FStringFirst] = stringOffsets.Count;
            stringOffsets.AddRange(layout.StringOffsets);
            fields[L.FLabelCount] = layout.LabelOffsets.Count;
            fields[L.FLabelFirst] = labelOffsets.Count;
            labelOffsets.AddRange(layout.LabelOffsets);
            fields[L.FLabelKeyFirst] = labelKeys.Count / L.KeyFields;
            fields[L.FLabelKeyCount] = AddKeys(layout.Table, layout.LabelIngredients, labelKeys, labelRows);
            fields[L.FIndicationCount] = layout.IndicationIngredients.Count;
            fields[L.FIndicationOffset] = layout.IndicationOffset;
            fields[L.FIndicationKeyFirst] = indicationKeys.Count / L.KeyFields;
            fields[L.FIndicationKeyCount] = AddKeys(layout.Table, layout.IndicationIngredients, indicationKeys, indicationRows);
            fields[L.FCounts] = layout.CountsOffset;
            if (s.Counts is not null)
            {
                fields[L.FDrugCount] = layout.DrugCount;
                fields[L.FDrugOffset] = layout.DrugOffset;
                fields[L.FTermTotalCount] = layout.TermTotalTerms.Count;
                fields[L.FTermTotalOffset] = layout.TermTotalOffset;
                fields[L.FTermTotalOrderFirst] = termTotalOrder.Count;
                termTotalOrder.AddRange(Enumerable.Range(0, layout.TermTotalTerms.Count)
                    .OrderBy(k => layout.Table[layout.TermTotalTerms[k]].ToUpperInvariant(), StringComparer.Ordinal));
                fields[L.FPairCount] = layout.PairDrugs.Count;
                fields[L.FPairOffset] = layout.PairOffset;
                fields[L.FCellOrderFirst] = cellOrder.Count;
                var cells = CellOrder(layout);
                fields[L.FCellOrderCount] = cells.Count;
                cellOrder.AddRange(cells);
            }

            header.AddRange(fields);
        }

        // Each term is referred to in the first source whose table holds that very spelling (every term comes from one).
        var terms = new List<int>();
        foreach (var term in SourceTerms.Of(sources))
        {
            var si = 0;
            while (!layouts[si].Ids.ContainsKey(term))
            {
                si++;
            }

            terms.Add(si);
            terms.Add(layouts[si].Ids[term]);
        }

        var (conditionKeys, conditionText, conditionRows) = ConditionIndex(sources, layouts);
        foreach (var offset in stringOffsets.Concat(labelOffsets))
        {
            // The writer's own offsets; a failure here is a bug in it, never bad input.
            if (offset < 0 || offset >= payload.Length)
            {
                throw new InvalidOperationException($"Evidence index offset {offset} lies outside the payload.");
            }
        }

        return w =>
        {
            w.Array(L.Sources, header.ToArray());
            w.Array(L.StringOffsets, stringOffsets.ToArray());
            w.Array(L.LabelOffsets, labelOffsets.ToArray());
            w.Array(L.LabelKeys, labelKeys.ToArray());
            w.Array(L.LabelRows, labelRows.ToArray());
            w.Array(L.IndicationKeys, indicationKeys.ToArray());
            w.Array(L.IndicationRows, indicationRows.ToArray());
            w.Array(L.TermTotalOrder, termTotalOrder.ToArray());
            w.Array(L.CellOrder, cellOrder.ToArray());
            w.Array(L.Terms, terms.ToArray());
            w.Array(L.ConditionKeys, conditionKeys);
            w.Array(L.ConditionKeyText, conditionText);
            w.Array(L.ConditionRows, conditionRows);
        };
    }

    /// <summary>Adds the key rows of one source's entries (by ingredient string id) and their rows; returns the key count.</summary>
    private static int AddKeys(List<string> table, List<int> ingredients, List<int> keys, List<int> rows)
    {
        var groups = new Dictionary<int, List<int>>();
        for (var k = 0; k < ingredients.Count; k++)
        {
            if (!groups.TryGetValue(ingredients[k], out var list))
            {
                list = [];
                groups[ingredients[k]] = list;
            }

            list.Add(k);
        }

        foreach (var (id, list) in groups.OrderBy(g => table[g.Key], StringComparer.Ordinal))
        {
            keys.Add(id);
            keys.Add(rows.Count);
            keys.Add(list.Count);
            rows.AddRange(list);
        }

        return groups.Count;
    }

    /// <summary>Cell numbers sorted by drug then upper-cased term; of equal keys only the last in file order is kept.</summary>
    private static List<int> CellOrder(WrittenSourceLayout layout)
    {
        var sorted = Enumerable.Range(0, layout.PairDrugs.Count)
            .Select(k => (Row: k, Drug: layout.Table[layout.PairDrugs[k]], Term: layout.Table[layout.PairTerms[k]].ToUpperInvariant()))
            .OrderBy(static c => c.Drug, StringComparer.Ordinal).ThenBy(static c => c.Term, StringComparer.Ordinal).ToList();
        var kept = new List<int>(sorted.Count);
        for (var k = 0; k < sorted.Count; k++)
        {
            var last = k + 1 == sorted.Count || !string.Equals(sorted[k].Drug, sorted[k + 1].Drug, StringComparison.Ordinal) || !string.Equals(sorted[k].Term, sorted[k + 1].Term, StringComparison.Ordinal);
            if (last)
            {
                kept.Add(sorted[k].Row);
            }
        }

        return kept;
    }

    /// <summary>The condition index: every mapped term and cleaned wording of every indication entry, with the
    /// ingredients whose entries name it.</summary>
    private static (int[] Keys, byte[] Text, int[] Rows) ConditionIndex(IReadOnlyList<ImportedSource> sources, IReadOnlyList<WrittenSourceLayout> layouts)
    {
        var byKey = new Dictionary<(int Kind, string Key), Dictionary<string, (int Source, int Id)>>();
        var cleaned = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(int kind, string key, string ingredient, int source, int id)
        {
            if (key.Length == 0)
            {
                return;
            }

            if (!byKey.TryGetValue((kind, key), out var ingredients))
            {
                ingredients = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
                byKey[(kind, key)] = ingredients;
            }

            ingredients.TryAdd(ingredient, (source, id));
        }

        for (var si = 0; si < sources.Count; si++)
        {
            var table = layouts[si].Table;
            var ingredientIds = layouts[si].IndicationIngredients;
            var k = 0;
            foreach (var e in sources[si].Indications)
            {
                var id = ingredientIds[k++];
                if (e.Term is { } term)
                {
                    Add(L.TermKey, term.Trim().ToUpperInvariant(), table[id], si, id);
                }

                if (!cleaned.TryGetValue(e.Condition, out var key))
                {
                    key = IndicationImporter.CleanCondition(e.Condition).Trim().ToUpperInvariant();
                    cleaned[e.Condition] = key;
                }

                Add(L.ConditionKey, key, table[id], si, id);
            }
        }

        var keys = new List<int>();
        var rows = new List<int>();
        using var text = new MemoryStream();
        using (var w = new BinaryWriter(text, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var ((kind, key), ingredients) in byKey.OrderBy(static p => p.Key.Kind).ThenBy(static p => p.Key.Key, StringComparer.Ordinal))
            {
                w.Flush();
                keys.Add(kind);
                keys.Add(checked((int)text.Position));
                keys.Add(rows.Count / 2);
                keys.Add(ingredients.Count);
                w.Write(key);
                foreach (var (_, (source, id)) in ingredients.OrderBy(static p => p.Key, StringComparer.Ordinal))
                {
                    rows.Add(source);
                    rows.Add(id);
                }
            }
        }

        return (keys.ToArray(), text.ToArray(), rows.ToArray());
    }
}
