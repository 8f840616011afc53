using Causa.Core.Model;

namespace Causa.Storage.Files;

/// <summary>Index building: the inverted indexes that make every 2×2 count a sorted-list intersection.</summary>
internal static class StoreIndexBuilder
{
    /// <summary>Builds the inverted indexes (ingredient → cases for suspect roles and for any role; term → cases).</summary>
    public static void Build(StoreData data)
    {
        var ingredients = data.Ingredients.Length;
        var suspectCounts = new int[ingredients + 1];
        var anyCounts = new int[ingredients + 1];
        var lastSuspect = new int[ingredients];
        var lastAny = new int[ingredients];

        // Pass 1 counts each (ingredient, case) once; pass 2 fills. Cases are visited in order, so lists come out sorted.
        for (var pass = 0; pass < 2; pass++)
        {
            Array.Fill(lastSuspect, -1);
            Array.Fill(lastAny, -1);
            int[]? suspectFill = null, anyFill = null;
            if (pass == 1)
            {
                QuarterCaseAssembler.PrefixSum(suspectCounts);
                QuarterCaseAssembler.PrefixSum(anyCounts);
                data.SuspectOffsets = suspectCounts;
                data.AnyRoleOffsets = anyCounts;
                data.SuspectCases = new int[suspectCounts[ingredients]];
                data.AnyRoleCases = new int[anyCounts[ingredients]];
                suspectFill = (int[])suspectCounts.Clone();
                anyFill = (int[])anyCounts.Clone();
            }

            for (var c = 0; c < data.CaseCount; c++)
            {
                for (var k = data.DrugOffsets[c]; k < data.DrugOffsets[c + 1]; k++)
                {
                    var entry = data.DrugEntryIds[k];
                    var role = (DrugRole)data.DrugRoles[k];
                    var suspect = role is DrugRole.PrimarySuspect or DrugRole.SecondarySuspect;
                    for (var j = data.EntryIngredientOffsets[entry]; j < data.EntryIngredientOffsets[entry + 1]; j++)
                    {
                        var ingredient = data.EntryIngredientIds[j];
                        if (lastAny[ingredient] != c)
                        {
                            lastAny[ingredient] = c;
                            if (pass == 0)
                            {
                                anyCounts[ingredient + 1]++;
                            }
                            else
                            {
                                data.AnyRoleCases[anyFill![ingredient]++] = c;
                            }
                        }

                        if (suspect && lastSuspect[ingredient] != c)
                        {
                            lastSuspect[ingredient] = c;
                            if (pass == 0)
                            {
                                suspectCounts[ingredient + 1]++;
                            }
                            else
                            {
                                data.SuspectCases[suspectFill![ingredient]++] = c;
                            }
                        }
                    }
                }
            }
        }

        (data.TermOffsets, data.TermCases) = CaseIndex(data.Terms.Length, data.CaseCount, data.EventOffsets, data.EventTermIds);
        (data.IndicationIndexOffsets, data.IndicationIndexCases) = CaseIndex(data.Terms.Length, data.CaseCount, data.IndicationOffsets, data.IndicationTermIds);
    }

    /// <summary>Inverts per-case term lists into term → sorted distinct case indices.</summary>
    private static (int[] Offsets, int[] Cases) CaseIndex(int terms, int cases, int[] rowOffsets, int[] rowTerms)
    {
        var counts = new int[terms + 1];
        var last = new int[terms];
        Array.Fill(last, -1);
        for (var c = 0; c < cases; c++)
        {
            for (var k = rowOffsets[c]; k < rowOffsets[c + 1]; k++)
            {
                var term = rowTerms[k];
                if (last[term] != c)
                {
                    last[term] = c;
                    counts[term + 1]++;
                }
            }
        }

        QuarterCaseAssembler.PrefixSum(counts);
        var fill = (int[])counts.Clone();
        var result = new int[counts[terms]];
        Array.Fill(last, -1);
        for (var c = 0; c < cases; c++)
        {
            for (var k = rowOffsets[c]; k < rowOffsets[c + 1]; k++)
            {
                var term = rowTerms[k];
                if (last[term] != c)
                {
                    last[term] = c;
                    result[fill[term]++] = c;
                }
            }
        }

        return (counts, result);
    }
}
