using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Causa.Core.Verdicts;
using Causa.Core.Vocabulary;

namespace Causa.Core.Evidence;

/// <summary>
/// The parts of an answer that point elsewhere: <c>see_also</c> (related questions) and <c>warning_signs</c> (when to see a
/// doctor). Pure over its inputs; the report statistics come from the caller, so the engine needs no store.
/// </summary>
public static class RelatedAnswers
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    // Per loaded sources (one workspace generation): dropped with them.
    private static readonly ConditionalWeakTable<EvidenceSources, ConcurrentDictionary<string, RankedUse[]>> UseCache = [];

    /// <summary>Related questions, at most <paramref name="perKind"/> of each kind, in this order: same-class alternatives with their verdicts for the condition; other drugs whose indications name the condition (approved first, then those more sources name); the drug's strongest other report associations. A drug is listed once.</summary>
    /// <param name="ingredient">Canonical ingredient asked about.</param>
    /// <param name="term">Preferred term asked about.</param>
    /// <param name="sources">The loaded evidence sources (for indications and same-class verdicts).</param>
    /// <param name="drugAssociations">The drug's events, most disproportionate first (e.g. <see cref="SignalQueries.TopEventsForDrug"/> for the drug's store id); null without a store. Only entries with a positive lower PRR bound are used.</param>
    /// <param name="classes">Classes the drug belongs to (e.g. <see cref="DrugClassResolver.ClassesOf"/>), narrowest first; empty for none.</param>
    /// <param name="assess">Answers a same-class member for <paramref name="term"/>; null to use <see cref="EvidenceAssessor"/> over <paramref name="sources"/> alone.</param>
    /// <param name="perKind">Most items of each kind (≥ 1).</param>
    /// <returns>The items; empty when nothing is known.</returns>
    public static IReadOnlyList<SeeAlsoItem> SeeAlso(
        string ingredient,
        string term,
        EvidenceSources sources,
        Func<string, IReadOnlyList<TopEntry>>? drugAssociations,
        IReadOnlyList<DrugClassResolution> classes,
        Func<string, EvidenceAnswer>? assess = null,
        int perKind = 3)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ingredient);
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentOutOfRangeException.ThrowIfLessThan(perKind, 1);
        ingredient = ingredient.Trim().ToUpperInvariant();
        term = term.Trim();
        var items = new List<SeeAlsoItem>();
        var listed = new HashSet<string>(StringComparer.Ordinal) { ingredient };

        // Same-class alternatives first (the comparison a reader asks for next): the members that help most and harm
        // least for this condition.
        assess ??= member => EvidenceAssessor.Assess(member, term, null, sources);
        foreach (var drugClass in classes)
        {
            // Plain loops and an insertion sort (stable, as LINQ's order is; a class has a few dozen members): LINQ ordered
            // by these enums is compiled at run time in every process.
            var ranked = new List<EvidenceAnswer>();
            foreach (var m in drugClass.Members)
            {
                if (listed.Contains(m))
                {
                    continue;
                }

                var a = assess(m);
                if (a.Cause.Level == CauseVerdict.InsufficientData && a.Help.Level == HelpVerdict.NoneFound)
                {
                    continue;
                }

                // Most helpful first, then least harmful, then by name.
                var j = ranked.Count;
                while (j > 0 && ClassMateOrder(ranked[j - 1], a) > 0)
                {
                    j--;
                }

                ranked.Insert(j, a);
            }

            for (var k = 0; k < ranked.Count && k < perKind; k++)
            {
                var a = ranked[k];
                listed.Add(a.Drug);
                items.Add(new SeeAlsoItem(a.Drug, term, $"Same class ({drugClass.Name}): can it cause {term}? {VerdictWording.Lead(a.Cause.Level)}. Does it help? {VerdictWording.Lead(a.Help.Level)}."));
            }

            break; // the narrowest class is the useful comparison; wider ones repeat it
        }

        // Other drugs used for the condition: approved uses first, then off-label; within each, the better-known options
        // first (named by more of the loaded indication sources), then by name; each drug once. Only indications that name
        // the condition (or a form of it) count: see EvidenceSources.Indications. The ranking depends on the term alone, so
        // it is built once per term and loaded sources (UsesFor); the drugs already listed are skipped while reading it.
        var usesShown = 0;
        foreach (var u in UsesFor(sources, term))
        {
            if (usesShown == perKind)
            {
                break;
            }

            if (!listed.Add(u.Drug))
            {
                continue;
            }

            usesShown++;
            items.Add(new SeeAlsoItem(u.Drug, term, u.Use == LabelTextUse
                ? $"{u.Drug}'s label text names {term} as a use ({u.Source})."
                : $"{u.Drug} is {u.Use} for {term} ({u.Source})."));
        }

        if (drugAssociations is not null)
        {
            var associationsShown = 0;
            foreach (var e in drugAssociations(ingredient))
            {
                if (associationsShown == perKind)
                {
                    break;
                }

                if (string.Equals(e.Event, term, StringComparison.OrdinalIgnoreCase) || !(e.PrrLower > 1))
                {
                    continue;
                }

                associationsShown++;
                items.Add(new SeeAlsoItem(ingredient, e.Event, string.Create(C, $"One of the events reported most disproportionately with {ingredient}: {e.A:N0} case(s), PRR {e.Prr:0.##} (lower bound {e.PrrLower:0.##}).")));
            }
        }

        return items;
    }

    /// <summary>The order of same-class alternatives: most helpful first, then least harmful, then by name.</summary>
    private static int ClassMateOrder(EvidenceAnswer x, EvidenceAnswer y)
    {
        var cmp = ((int)y.Help.Level).CompareTo((int)x.Help.Level);
        cmp = cmp != 0 ? cmp : ((int)x.Cause.Level).CompareTo((int)y.Cause.Level);
        return cmp != 0 ? cmp : string.CompareOrdinal(x.Drug, y.Drug);
    }

    // A use found only in label text (MEDI's possible label use, SIDER's text mining) is not known to be off-label:
    // the label may be a foreign one, so the related question words it as what it is.
    private const string LabelTextUse = "named in label text";

    private static bool IsLabelText(Sources.IndicationCategory category) =>
        category is Sources.IndicationCategory.MinedFromLabel or Sources.IndicationCategory.PossibleLabelUse;

    /// <summary>
    /// Every drug whose indications name <paramref name="term"/>, ranked as related questions show them: approved uses
    /// first, then off-label ones; within each, the drugs more of the loaded indication sources name, then by name.
    /// </summary>
    /// <remarks>Cached per loaded sources and term (ordinal, trimmed): building it walks every matching indication entry
    /// of every drug used for the condition, which was most of an answer's cost with SIDER's indications loaded.</remarks>
    private static RankedUse[] UsesFor(EvidenceSources sources, string term) =>
        UseCache.GetValue(sources, static _ => new ConcurrentDictionary<string, RankedUse[]>(StringComparer.Ordinal))
            .GetOrAdd(term, static (key, s) => RankUses(s, key), sources);

    private static RankedUse[] RankUses(EvidenceSources sources, string term)
    {
        // Plain loops, a class rather than a value tuple, and a sort of references: LINQ, lists and sorts over value tuples
        // are compiled at run time in every process (no precompiled code holds them), which cost an answer more than the
        // ranking itself.
        var used = new List<RankedUse>();
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var drug in sources.IngredientsIndicatedFor(term))
        {
            // Within a rank a source that knows the use from practice (off-label lists) is named before one that only
            // found it in label text, so "used off-label" is said only when a source says so: the first entry with the
            // lowest (rank, label text) key.
            var bestKey = int.MaxValue;
            var bestName = string.Empty;
            var bestCategory = default(Sources.IndicationCategory);
            var bestRank = 9;
            named.Clear();
            foreach (var (source, entry) in sources.Indications(drug, term))
            {
                var rank = UseRank(entry.Category);
                if (rank == 9)
                {
                    continue;
                }

                named.Add(source.Name);
                var key = (rank * 2) + (IsLabelText(entry.Category) ? 1 : 0);
                if (key < bestKey)
                {
                    bestKey = key;
                    bestName = source.Name;
                    bestCategory = entry.Category;
                    bestRank = rank;
                }
            }

            if (named.Count > 0)
            {
                var use = bestRank == 0 ? "approved" : IsLabelText(bestCategory) ? LabelTextUse : "used off-label";
                used.Add(new RankedUse(drug, use, bestName, bestRank, named.Count, used.Count));
            }
        }

        // Approved first, then the uses more sources name, then by name; each drug is listed once, so the order is total
        // (the position breaks any tie left, as a stable sort would).
        var ranked = used.ToArray();
        Array.Sort(ranked, static (x, y) =>
        {
            var cmp = x.Rank.CompareTo(y.Rank);
            cmp = cmp != 0 ? cmp : y.Sources.CompareTo(x.Sources);
            cmp = cmp != 0 ? cmp : string.CompareOrdinal(x.Drug, y.Drug);
            return cmp != 0 ? cmp : x.Position.CompareTo(y.Position);
        });

        return ranked;
    }

    /// <summary>A drug used for the condition, as related questions rank it.</summary>
    /// <param name="Drug">The ingredient.</param>
    /// <param name="Use">"approved", "used off-label" or <see cref="LabelTextUse"/>.</param>
    /// <param name="Source">The source that says so.</param>
    /// <param name="Rank">0 approved, 1 otherwise.</param>
    /// <param name="Sources">How many indication sources name the use.</param>
    /// <param name="Position">Order found in (the drugs sorted by name).</param>
    private sealed record RankedUse(string Drug, string Use, string Source, int Rank, int Sources, int Position);

    private static int UseRank(Sources.IndicationCategory category) => category switch
    {
        Sources.IndicationCategory.OnLabel => 0,
        // Uses taken from label text (MEDI's flag, SIDER's text mining) rank with the off-label ones here.
        Sources.IndicationCategory.MinedFromLabel or Sources.IndicationCategory.PossibleLabelUse or Sources.IndicationCategory.OffLabel or Sources.IndicationCategory.DiseaseModifying or Sources.IndicationCategory.Symptomatic => 1,
        _ => 9,
    };

    /// <summary>Warning signs for the condition asked about and for any serious reaction named, without a drug: only the
    /// signs about the condition itself or about any medicine (a drug's or class's label warning needs
    /// <see cref="WarningSigns(string?, IReadOnlyList{DrugClassResolution}, IEnumerable{string})"/>).</summary>
    /// <param name="terms">Preferred terms: the question's condition, then any serious reaction the answer is about.</param>
    /// <returns>The signs, most urgent first, each sign once; empty when the table has none for these terms.</returns>
    public static IReadOnlyList<WarningSignItem> WarningSigns(params IEnumerable<string> terms) => WarningSigns(null, [], terms);

    /// <summary>
    /// Warning signs for the condition asked about and for any serious reaction named, most urgent first, each sign once:
    /// the signs about the condition itself or about any medicine, and the label warnings about the drug asked about or
    /// one of its classes; never another drug's warning (an antipsychotic's weight-gain warning is not shown for an
    /// antidepressant).
    /// </summary>
    /// <param name="drug">The ingredient asked about (any case), or a class's name for a class answer; null for none.</param>
    /// <param name="classes">The classes the drug belongs to, or the class asked about (matched by <see cref="DrugClassResolution.Key"/>); empty for none.</param>
    /// <param name="terms">Preferred terms: the question's condition, then any serious reaction the answer is about (e.g. the event of a cause question, or reactions the caller names).</param>
    /// <returns>The signs; empty when the table has none for these terms.</returns>
    public static IReadOnlyList<WarningSignItem> WarningSigns(string? drug, IReadOnlyList<DrugClassResolution> classes, params IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(terms);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<WarningSign>();
        foreach (var term in terms)
        {
            if (string.IsNullOrWhiteSpace(term))
            {
                continue;
            }

            foreach (var row in WarningSignTable.For(term.Trim()))
            {
                if (AppliesTo(row, drug, classes) && seen.Add(row.Sign))
                {
                    rows.Add(row);
                }
            }
        }

        // Most urgent first, in the order found within an urgency: a stable insertion sort (a handful of rows), rather than
        // LINQ over the enum key, which is compiled at run time in every process.
        var sorted = rows.ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            var row = sorted[i];
            var j = i;
            while (j > 0 && sorted[j - 1].Urgency > row.Urgency)
            {
                sorted[j] = sorted[j - 1];
                j--;
            }

            sorted[j] = row;
        }

        var items = new WarningSignItem[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            var row = sorted[i];
            items[i] = new WarningSignItem(row.Sign, $"{row.Source.Organisation}: {row.Source.Title} ({row.Source.Url})", UrgencyName(row.Urgency), row.Subject);
        }

        return items;
    }

    /// <summary>The urgency as written in answers (the enum's name in lower case).</summary>
    private static string UrgencyName(WarningUrgency urgency) => urgency switch
    {
        WarningUrgency.Emergency => "emergency",
        WarningUrgency.Urgent => "urgent",
        WarningUrgency.Soon => "soon",
        _ => urgency.ToString().ToLowerInvariant(),
    };

    /// <summary>True when a row is about any medicine, or names the drug, one of its classes' keys, or a curated class
    /// whose listed members include it (so the curated classes work even without an imported vocabulary).</summary>
    private static bool AppliesTo(WarningSign row, string? drug, IReadOnlyList<DrugClassResolution> classes)
    {
        if (row.Drugs.Count == 0)
        {
            return true;
        }

        if (drug is null && classes.Count == 0)
        {
            return false;
        }

        var name = drug?.Trim();
        foreach (var scope in row.Drugs)
        {
            if ((name is not null && string.Equals(scope, name, StringComparison.OrdinalIgnoreCase)) || IsClassKey(classes, scope) || (name is not null && CuratedMember(scope, name)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClassKey(IReadOnlyList<DrugClassResolution> classes, string scope)
    {
        foreach (var c in classes)
        {
            if (string.Equals(c.Key, scope, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a curated class <paramref name="scope"/> lists <paramref name="name"/> among its members (any case).</summary>
    private static bool CuratedMember(string scope, string name)
    {
        foreach (var d in ClassWordTable.DefinitionsOf(scope))
        {
            if (d.Kind != ClassDefinitionKind.Members)
            {
                continue;
            }

            foreach (var member in d.Members)
            {
                if (string.Equals(member, name, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
