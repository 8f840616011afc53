using System.Globalization;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Causa.Core.Verdicts;

namespace Causa.Core.Evidence;

/// <summary>
/// The parts of an answer that point elsewhere: <c>see_also</c> (related questions) and <c>warning_signs</c> (when to see a
/// doctor). Pure over its inputs; the report statistics come from the caller, so the engine needs no store.
/// </summary>
public static class RelatedAnswers
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Related questions, at most <paramref name="perKind"/> of each kind, in this order: the drug's strongest other report associations; other drugs used for the condition; same-class alternatives with their verdicts for the condition.</summary>
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

        if (drugAssociations is not null)
        {
            foreach (var e in drugAssociations(ingredient).Where(e => !string.Equals(e.Event, term, StringComparison.OrdinalIgnoreCase) && e.PrrLower > 1).Take(perKind))
            {
                items.Add(new SeeAlsoItem(ingredient, e.Event, string.Create(C, $"One of the events reported most disproportionately with {ingredient}: {e.A:N0} case(s), PRR {e.Prr:0.##} (lower bound {e.PrrLower:0.##}).")));
            }
        }

        // Other drugs used for the condition: approved uses first, then off-label, each drug once.
        var used = new List<(string Drug, string Use, string Source, int Rank)>();
        foreach (var drug in sources.IngredientsIndicatedFor(term))
        {
            if (drug == ingredient)
            {
                continue;
            }

            var best = sources.Indications(drug, term)
                .Select(static x => (x.Source.Name, Rank: x.Entry.Category switch
                {
                    Sources.IndicationCategory.OnLabel => 0,
                    Sources.IndicationCategory.PossibleLabelUse or Sources.IndicationCategory.OffLabel or Sources.IndicationCategory.DiseaseModifying or Sources.IndicationCategory.Symptomatic => 1,
                    _ => 9,
                }))
                .Where(static x => x.Rank < 9).OrderBy(static x => x.Rank).FirstOrDefault();
            if (best.Name is not null)
            {
                used.Add((drug, best.Rank == 0 ? "approved" : "used off-label", best.Name, best.Rank));
            }

            // The drugs come in name order and approved ones are listed first: once perKind approved drugs are found, no
            // later drug can be among the ones shown (a common condition has hundreds of candidates).
            if (best.Rank == 0 && best.Name is not null && used.Count(static u => u.Rank == 0) >= perKind)
            {
                break;
            }
        }

        foreach (var u in used.OrderBy(static u => u.Rank).ThenBy(static u => u.Drug, StringComparer.Ordinal).Take(perKind))
        {
            items.Add(new SeeAlsoItem(u.Drug, term, $"{u.Drug} is {u.Use} for {term} ({u.Source})."));
        }

        // Same-class alternatives: the members that help most and harm least for this condition.
        assess ??= member => EvidenceAssessor.Assess(member, term, null, sources);
        var seen = new HashSet<string>(StringComparer.Ordinal) { ingredient };
        foreach (var drugClass in classes)
        {
            var answers = drugClass.Members.Where(seen.Add).Select(m => assess(m))
                .Where(static a => a.Cause.Level != CauseVerdict.InsufficientData || a.Help.Level != HelpVerdict.NoneFound)
                .OrderByDescending(static a => a.Help.Level).ThenBy(static a => a.Cause.Level).ThenBy(static a => a.Drug, StringComparer.Ordinal)
                .Take(perKind);
            foreach (var a in answers)
            {
                items.Add(new SeeAlsoItem(a.Drug, term, $"Same class ({drugClass.Name}): can it cause {term}? {a.Cause.Verdict}; does it help? {a.Help.Verdict}."));
            }

            break; // the narrowest class is the useful comparison; wider ones repeat it
        }

        return items;
    }

    /// <summary>Warning signs for the condition asked about and for any serious reaction named, most urgent first, each sign once.</summary>
    /// <param name="terms">Preferred terms: the question's condition, then any serious reaction the answer is about (e.g. the event of a cause question, or reactions the caller names).</param>
    /// <returns>The signs; empty when the table has none for these terms.</returns>
    public static IReadOnlyList<WarningSignItem> WarningSigns(params IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<(WarningSign Row, int Order)>();
        var order = 0;
        foreach (var term in terms.Where(static t => !string.IsNullOrWhiteSpace(t)))
        {
            foreach (var row in WarningSignTable.For(term.Trim()))
            {
                if (seen.Add(row.Sign))
                {
                    items.Add((row, order++));
                }
            }
        }

        return [.. items.OrderBy(static x => x.Row.Urgency).ThenBy(static x => x.Order)
            .Select(static x => new WarningSignItem(x.Row.Sign, $"{x.Row.Source.Organisation}: {x.Row.Source.Title} ({x.Row.Source.Url})", x.Row.Urgency.ToString().ToLowerInvariant(), x.Row.Subject))];
    }
}
