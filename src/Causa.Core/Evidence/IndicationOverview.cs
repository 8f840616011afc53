using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Causa.Core.Evidence;

/// <summary>What the loaded indication sources know a drug is used for, next to a question about one condition.</summary>
/// <param name="Drug">Canonical ingredient.</param>
/// <param name="Condition">The preferred term asked about.</param>
/// <param name="Knowledge">
/// <c>includes-condition</c>: an approved or off-label entry matches the condition (directly or through its condition family);
/// <c>indications-exclude-condition</c>: sources know the drug's uses and the condition is not among them;
/// <c>drug-unknown</c>: no loaded indication source knows the drug at all, so nothing can be said either way.
/// </param>
/// <param name="Indications">The drug's approved uses first, then off-label ones; each condition once per source.</param>
public sealed record IndicationOverview(string Drug, string Condition, string Knowledge, IReadOnlyList<KnownIndication> Indications)
{
    // A drug's known uses depend on the drug alone (not the condition asked about), and every class answer asks them for
    // each member: built once per loaded sources (one workspace generation) and dropped with them. The uses sentence is
    // kept per list (shared by every overview of the drug) and limit.
    private static readonly ConditionalWeakTable<EvidenceSources, ConcurrentDictionary<string, KnownIndication[]>> KnownCache = [];
    private static readonly ConditionalWeakTable<IReadOnlyList<KnownIndication>, ConcurrentDictionary<int, string?>> UsesCache = [];

    /// <summary><see cref="Knowledge"/> when the condition is among the drug's uses.</summary>
    public const string IncludesCondition = "includes-condition";

    /// <summary><see cref="Knowledge"/> when the drug's known uses do not include the condition.</summary>
    public const string ExcludesCondition = "indications-exclude-condition";

    /// <summary><see cref="Knowledge"/> when no loaded indication source knows the drug.</summary>
    public const string DrugUnknown = "drug-unknown";

    /// <summary>Builds the overview from the loaded sources.</summary>
    /// <param name="ingredient">Canonical ingredient (any case).</param>
    /// <param name="term">Preferred term asked about.</param>
    /// <param name="sources">The loaded evidence sources.</param>
    /// <remarks>Low-precision and "not an indication" entries are left out: they say nothing about what the drug is for.
    /// MEDI's possible label use and SIDER's text-mined label indications are <c>approved</c> only when no DrugCentral source
    /// knows the drug, as in the help verdict.</remarks>
    public static IndicationOverview For(string ingredient, string term, EvidenceSources sources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ingredient);
        ArgumentException.ThrowIfNullOrWhiteSpace(term);
        ArgumentNullException.ThrowIfNull(sources);
        ingredient = ingredient.Trim().ToUpperInvariant();
        var all = sources.IndicationsOf(ingredient);
        var known = KnownOf(ingredient, sources);
        // Plain loops here and in Known: LINQ, sets and orderings over these tuples are compiled at run time in every process.
        var includes = false;
        foreach (var (_, entry) in sources.Indications(ingredient, term))
        {
            includes |= entry.Category is not (Sources.IndicationCategory.LowPrecision or Sources.IndicationCategory.NotIndication);
        }

        var knowledge = all.Count == 0 ? DrugUnknown : includes ? IncludesCondition : ExcludesCondition;
        return new IndicationOverview(ingredient, term.Trim(), knowledge, known);
    }

    /// <summary>
    /// What the loaded indication sources know a drug is used for: one phrase, "approved for …; used off-label for … and N
    /// more (sources)", and the first use it names (an approved one when there is one). Null when no source lists an
    /// approved or off-label use of the drug. For a question that names a drug and no condition ("what is amitriptyline
    /// used for?").
    /// </summary>
    /// <param name="ingredient">Canonical ingredient (any case).</param>
    /// <param name="sources">The loaded evidence sources.</param>
    /// <param name="limit">Most uses named in the phrase (≥ 1); the rest are counted.</param>
    public static (string Phrase, string FirstUse)? KnownUses(string ingredient, EvidenceSources sources, int limit = 8)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ingredient);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var known = KnownOf(ingredient.Trim().ToUpperInvariant(), sources);
        var phrase = CachedUsesText(known, limit);

        // Known lists approved uses first, and the phrase names them in that order.
        return phrase is null ? null : (phrase, known[0].Term ?? known[0].Condition);
    }

    /// <summary>The drug's known uses (upper-case canonical ingredient), built once per loaded sources.</summary>
    private static KnownIndication[] KnownOf(string ingredient, EvidenceSources sources) =>
        KnownCache.GetValue(sources, static _ => new ConcurrentDictionary<string, KnownIndication[]>(StringComparer.Ordinal))
            .GetOrAdd(ingredient, static (drug, s) => Known(s.IndicationsOf(drug)), sources);

    /// <summary>The drug's known uses from its indication entries: approved first, then off-label; each condition once per source.</summary>
    private static KnownIndication[] Known(IReadOnlyList<(Sources.SourceInfo Source, Sources.IndicationEntry Entry)> all)
    {
        var drugCentralKnows = false;
        foreach (var (source, _) in all)
        {
            drugCentralKnows |= source.Kind == Sources.EvidenceSourceKind.DrugCentral;
        }

        var known = new List<KnownIndication>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (source, entry) in all)
        {
            string? use = entry.Category switch
            {
                Sources.IndicationCategory.OnLabel => "approved",
                Sources.IndicationCategory.PossibleLabelUse or Sources.IndicationCategory.MinedFromLabel => drugCentralKnows ? "off-label" : "approved",
                Sources.IndicationCategory.OffLabel or Sources.IndicationCategory.DiseaseModifying or Sources.IndicationCategory.Symptomatic => "off-label",
                _ => null,
            };
            var key = entry.Term ?? entry.Condition;
            // The unit separator cannot occur in a condition or a source name.
            if (use is not null && seen.Add(key.ToUpperInvariant() + "\u001f" + source.Name))
            {
                known.Add(new KnownIndication(entry.Condition, entry.Term, use, source.Name));
            }
        }

        // Approved first, each group in the entries' order.
        var ordered = new KnownIndication[known.Count];
        var next = 0;
        foreach (var k in known)
        {
            if (k.Use == "approved")
            {
                ordered[next++] = k;
            }
        }

        foreach (var k in known)
        {
            if (k.Use != "approved")
            {
                ordered[next++] = k;
            }
        }

        return ordered;
    }

    /// <summary>One plain sentence: what the drug is known to be used for, or that no source knows it (for a help line when the condition is not among the uses).</summary>
    /// <param name="limit">Most uses named in the sentence (≥ 1); the rest are counted.</param>
    public string Sentence(int limit = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (Knowledge == DrugUnknown)
        {
            return $"No loaded indication source knows {Drug}, so whether it is used for {Condition} cannot be said either way.";
        }

        var uses = CachedUsesText(Indications, limit);
        return uses is null
            ? $"The loaded indication sources know {Drug} but list no approved or off-label use for it; {Condition} is not among its uses."
            : $"{Condition} is not among the known uses of {Drug}: {uses}.";
    }

    /// <summary><see cref="UsesText"/>, once per list and limit.</summary>
    private static string? CachedUsesText(IReadOnlyList<KnownIndication> indications, int limit) =>
        UsesCache.GetValue(indications, static _ => new ConcurrentDictionary<int, string?>()).GetOrAdd(limit, static (n, list) => UsesText(list, n), indications);

    /// <summary>"approved for …; used off-label for … and N more (sources)", or null when no use is approved or off-label.</summary>
    private static string? UsesText(IReadOnlyList<KnownIndication> indications, int limit)
    {
        var names = indications.Select(static k => k.Term ?? k.Condition).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var approved = indications.Where(static k => k.Use == "approved").Select(static k => k.Term ?? k.Condition).Distinct(StringComparer.OrdinalIgnoreCase).Take(limit).ToList();
        var offLabel = indications.Where(static k => k.Use == "off-label").Select(static k => k.Term ?? k.Condition).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(n => !approved.Contains(n, StringComparer.OrdinalIgnoreCase)).Take(Math.Max(0, limit - approved.Count)).ToList();
        var shown = approved.Count + offLabel.Count;
        var parts = new List<string>();
        if (approved.Count > 0)
        {
            parts.Add("approved for " + string.Join(", ", approved));
        }

        if (offLabel.Count > 0)
        {
            parts.Add("used off-label for " + string.Join(", ", offLabel));
        }

        var more = names.Count > shown ? $" and {names.Count - shown} more" : string.Empty;
        var sources = string.Join(", ", indications.Select(static k => k.Source).Distinct());
        return parts.Count == 0 ? null : $"{string.Join("; ", parts)}{more} ({sources})";
    }
}
