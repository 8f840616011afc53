using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;

namespace Causa.Core.Sources;

/// <summary>
/// Maps the drug and condition names of a source to Causa's ingredients and MedDRA preferred terms, through the same
/// resolvers the rest of Causa uses, and says why when it cannot.
/// </summary>
/// <remarks>
/// Drugs: the <see cref="DrugResolver"/> answer when it names exactly one ingredient; a combination is refused (a label
/// effect of a combination cannot be given to one of its parts); a name the resolver does not know is kept as written,
/// cleaned (<see cref="DrugNameCleaner.Clean"/>), because these sources name ingredients, and counted in
/// <see cref="DrugsKeptAsWritten"/>. Conditions: only confident matches (exact, lay term, other language, imported synonym,
/// content words; confidence ≥ 0.95) are taken; misspellings and partial matches are refused. Before the resolver, the
/// project's curated <see cref="ConditionTermTable"/> is consulted, so that an indication source's own wording ("Major
/// depressive disorder", "Hypercholesterolemia") lands on its preferred term; such mappings are counted in
/// <see cref="ConditionsMappedByTable"/>. Not thread-safe (counters).
/// </remarks>
public sealed class SourceNameMapper
{
    /// <summary>Lowest term-lookup confidence accepted for a condition.</summary>
    public const double MinimumTermConfidence = 0.95;

    private readonly DrugResolver? _drugs;
    private readonly TermResolver? _terms;
    private readonly bool _conditionTable;
    private readonly Dictionary<string, (string? Value, string? Reason)> _drugCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Value, string? Reason)> _termCache = new(StringComparer.Ordinal);

    /// <summary>Creates a mapper.</summary>
    /// <param name="drugs">Drug resolver; null keeps every single-ingredient name as written (cleaned).</param>
    /// <param name="terms">Term resolver; null keeps every condition as written.</param>
    /// <param name="conditionTable">Whether to consult the curated <see cref="ConditionTermTable"/> (false only to measure what it adds).</param>
    public SourceNameMapper(DrugResolver? drugs, TermResolver? terms, bool conditionTable = true)
    {
        _drugs = drugs;
        _terms = terms;
        _conditionTable = conditionTable;
    }

    /// <summary>Distinct condition wordings mapped through the curated <see cref="ConditionTermTable"/>.</summary>
    public int ConditionsMappedByTable { get; private set; }

    /// <summary>Distinct drug names not known to the resolver and kept as written.</summary>
    public int DrugsKeptAsWritten { get; private set; }

    /// <summary>Maps a drug name to one ingredient.</summary>
    /// <param name="name">The name as the source writes it.</param>
    /// <param name="reason">Why it could not be mapped; null on success.</param>
    /// <returns>The ingredient, or null.</returns>
    public string? MapDrug(string name, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!_drugCache.TryGetValue(name, out var hit))
        {
            hit = ResolveDrug(name);
            _drugCache[name] = hit;
        }

        reason = hit.Reason;
        return hit.Value;
    }

    /// <summary>Maps a condition or event wording to a preferred term.</summary>
    /// <param name="text">The wording as the source writes it.</param>
    /// <param name="reason">Why it could not be mapped; null on success.</param>
    /// <returns>The preferred term, or null.</returns>
    public string? MapTerm(string text, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_termCache.TryGetValue(text, out var hit))
        {
            hit = ResolveTerm(text);
            _termCache[text] = hit;
        }

        reason = hit.Reason;
        return hit.Value;
    }

    private (string?, string?) ResolveDrug(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            return (null, "empty drug name");
        }

        if (_drugs is not null)
        {
            var r = _drugs.Resolve(trimmed, null);
            if (r.Ingredients.Count == 1)
            {
                return (r.Ingredients[0], null);
            }

            if (r.Ingredients.Count > 1)
            {
                return (null, $"combination product '{trimmed}' ({string.Join(" + ", r.Ingredients)}): its evidence cannot be given to one ingredient");
            }

            if (r.Kind == DrugResolutionKind.NonDrug)
            {
                return (null, $"'{trimmed}' is not a drug");
            }
        }

        var parts = DrugNameCleaner.SplitClean(trimmed);
        if (parts.Count == 0)
        {
            return (null, $"no ingredient name in '{trimmed}'");
        }

        if (parts.Count > 1)
        {
            return (null, $"combination product '{trimmed}': its evidence cannot be given to one ingredient");
        }

        DrugsKeptAsWritten++;
        return (parts[0], null);
    }

    private (string?, string?) ResolveTerm(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return (null, "empty condition");
        }

        if (_terms is null)
        {
            return (trimmed, null);
        }

        // The curated table first: the content-word step of the resolver could otherwise take "Major depressive
        // disorder" apart, and the table is written for exactly these source wordings.
        if (_conditionTable && ConditionTermTable.Map(trimmed) is { } curated)
        {
            ConditionsMappedByTable++;
            return (curated, null);
        }

        var lookup = _terms.Lookup(trimmed);
        if (lookup.Match is not null && lookup.Confidence >= MinimumTermConfidence && lookup.Kind is not (TermMatchKind.Partial or TermMatchKind.Misspelling))
        {
            return (lookup.Match, null);
        }

        return lookup.Kind switch
        {
            TermMatchKind.Ambiguous => (null, $"'{trimmed}' could be several preferred terms ({string.Join(", ", lookup.Alternatives.Take(3).Select(static a => a.Term))})"),
            TermMatchKind.Partial or TermMatchKind.Misspelling when lookup.Match is not null => (null, $"'{trimmed}' only loosely resembles '{lookup.Match}'; not taken"),
            _ => (null, $"no MedDRA preferred term for '{trimmed}'"),
        };
    }
}
