using System.Collections.Frozen;
using Causa.Core.Names;
using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>
/// Causa's drug-name resolver: one path from any text (FAERS <c>drugname</c>/<c>prod_ai</c>, a user's question, a pasted
/// label) to canonical ingredients, built from a <see cref="ImportedVocabulary"/> (imported sources), optional FAERS
/// name pairs and Causa's curated synonyms.
/// </summary>
/// <remarks>
/// <para>Steps, in order: <c>prod_ai</c> when given; non-drug entries; exact ingredient; salt form; INN synonym; brand;
/// combination split; a known name inside a longer entry (confidence 0.9); misspelling.</para>
/// <para>Misspellings: optimal-string-alignment distance ≤ 1 for names of 5–8 characters and ≤ 2 for longer ones (names
/// under 5 characters are never corrected). Guards against turning one real drug into another: a name that is itself known
/// is never corrected (exact lookups come first); the nearest candidates must all mean the same ingredients, otherwise
/// the input is ambiguous; only ingredient names are correction targets (brand names are short and dense); and the typo must
/// be plausible (<see cref="PlausibleTypo"/>: same first letter and consonant skeleton; for a name typed into <see cref="Lookup"/>
/// of 8+ letters also one consonant left out or doubled, <see cref="PlausibleTypedSlip"/>). Confidence 0.85 at distance 1, 0.7 at 2.</para>
/// <para>Immutable after construction; deterministic and thread-safe.</para>
/// </remarks>
public sealed class DrugResolver : IDrugNameResolver
{
    private readonly DrugNameMatcher _matcher;
    // Every name with its ingredients, the fuzzy indexes and the sorted names serve misspellings, suggestions and
    // completion only; an exact name (most questions) needs none of them, so each is built on first use rather than by
    // every process that resolves a name.
    private readonly Lazy<FuzzyNameIndex> _fuzzy;
    private readonly Lazy<FuzzyNameIndex> _fuzzyIngredients;
    private readonly Lazy<FrozenDictionary<string, string[]>> _names;
    private readonly Lazy<string[]> _sortedNames;
    private readonly Lazy<ImportedVocabulary> _vocabulary;

    /// <summary>Builds the resolver.</summary>
    /// <param name="vocabulary">Imported sources; <see cref="ImportedVocabulary.Empty"/> for none.</param>
    /// <param name="learnedPairs">FAERS name pairs to learn from (lowest brand precedence); null for none.</param>
    public DrugResolver(ImportedVocabulary vocabulary, IEnumerable<LearnedNamePair>? learnedPairs = null)
        : this(MergedOf(vocabulary, learnedPairs))
    {
    }

    private DrugResolver(ImportedVocabulary merged)
        : this(FrozenDrugNames.From(merged), new Lazy<ImportedVocabulary>(merged))
    {
    }

    /// <summary>
    /// A resolver over exact name tables (in memory, or read in place from the store folder's name index:
    /// <see cref="DrugNameTable"/>) and the merged vocabulary they were made from (<see cref="Merge"/>), which serves the
    /// whole-table indexes (misspellings, suggestions, completion) and <see cref="Vocabulary"/>, built on first use.
    /// </summary>
    /// <param name="names">The exact tables: those of <see cref="FrozenDrugNames.From"/> over <paramref name="merged"/>'s value.</param>
    /// <param name="merged">The merged vocabulary.</param>
    internal DrugResolver(IDrugNames names, Lazy<ImportedVocabulary> merged)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(merged);
        _vocabulary = merged;
        _names = new(
            () =>
            {
                var vocabulary = _vocabulary.Value;
                var names = new Dictionary<string, string[]>(StringComparer.Ordinal);
                foreach (var i in vocabulary.Ingredients)
                {
                    names[i] = [i];
                }

                foreach (var b in vocabulary.Brands)
                {
                    names.TryAdd(b.Name, [.. b.Ingredients]);
                }

                return names.ToFrozenDictionary(StringComparer.Ordinal);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
        _sortedNames = new(() => [.. _names.Value.Keys.Order(StringComparer.Ordinal)], LazyThreadSafetyMode.ExecutionAndPublication);
        _fuzzy = new(() => new FuzzyNameIndex(_names.Value.Keys.Where(n => n.Length >= 4)), LazyThreadSafetyMode.ExecutionAndPublication);
        _fuzzyIngredients = new(
            () => new FuzzyNameIndex(_vocabulary.Value.Ingredients.Concat(names.Frozen.Synonyms).Where(n => n.Length >= 4), indexOneEdit: true),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _matcher = new DrugNameMatcher(names, CorrectMisspelling);
    }

    private static ImportedVocabulary MergedOf(ImportedVocabulary vocabulary, IEnumerable<LearnedNamePair>? learnedPairs)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        return learnedPairs is not null || vocabulary.Brands.Count == 0 ? Merge(vocabulary, learnedPairs) : vocabulary;
    }

    /// <summary>
    /// The names a resolver over <paramref name="vocabulary"/> and <paramref name="learnedPairs"/> uses: the vocabulary
    /// with the curated synonyms and the learned brands added under their precedence. A resolver built from the result
    /// alone (<c>new DrugResolver(merged)</c>) answers exactly as one built from both, which lets the merge be done once,
    /// when the store is written (<see cref="DrugNameIndexFile"/>), rather than by every query.
    /// </summary>
    /// <param name="vocabulary">Imported sources; <see cref="ImportedVocabulary.Empty"/> for none.</param>
    /// <param name="learnedPairs">FAERS name pairs to learn from (lowest brand precedence); null for none.</param>
    /// <returns>The merged vocabulary (cost: cleaning every learned name, about a second per million drug entries).</returns>
    public static ImportedVocabulary Merge(ImportedVocabulary vocabulary, IEnumerable<LearnedNamePair>? learnedPairs)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var builder = new VocabularyBuilder(vocabulary);
        if (learnedPairs is not null)
        {
            builder.AddLearnedPairs(learnedPairs);
        }

        return builder.Build();
    }

    /// <summary>The merged vocabulary this resolver uses.</summary>
    public ImportedVocabulary Vocabulary => _vocabulary.Value;

    /// <summary>Number of names known (ingredients, brands and synonyms).</summary>
    public int NameCount => _names.Value.Count;

    /// <inheritdoc/>
    public DrugResolution Resolve(string drugName, string? prodAi) => _matcher.Resolve(drugName ?? string.Empty, prodAi);

    /// <summary>Interactive lookup: best match with kind and confidence, alternatives, or suggestions when nothing matches.</summary>
    /// <param name="text">What the user typed; blank gives an unresolved answer with no suggestions.</param>
    public DrugLookup Lookup(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var exact = _matcher.ResolveName(text, allowFuzzy: false);
        if (exact.Kind == DrugResolutionKind.NonDrug || exact.Ingredients.Count > 0)
        {
            return new DrugLookup(text, exact.Ingredients.Count > 0 ? string.Join(" + ", exact.Ingredients) : null, exact.Ingredients, exact.Kind, exact.Confidence, [], []);
        }

        var key = DrugNameCleaner.Clean(text);
        if (MaxDistance(key) == 0)
        {
            return new DrugLookup(text, null, [], DrugResolutionKind.Unresolved, 0, [], key.Length == 0 ? [] : [.. Complete(key, 5).Select(c => c.Name)]);
        }

        var (nearest, distance) = _fuzzyIngredients.Value.FindNearest(key, MaxDistance(key));
        var candidates = nearest.Where(n => PlausibleTypo(key, n) || PlausibleTypedSlip(key, n)).ToList();
        if (candidates.Count > 0)
        {
            var alternatives = candidates.Select(n => new DrugAlternative(n, _names.Value[n], distance)).ToList();
            var sets = alternatives.Select(a => string.Join('+', a.Ingredients)).Distinct(StringComparer.Ordinal).Count();
            if (sets == 1)
            {
                var ings = alternatives[0].Ingredients;
                return new DrugLookup(text, string.Join(" + ", ings), ings, DrugResolutionKind.Misspelling, Confidence(distance), alternatives.Skip(1).ToList(), []);
            }

            return new DrugLookup(text, null, [], DrugResolutionKind.Ambiguous, 0, alternatives, []);
        }

        var suggestions = _fuzzy.Value.FindWithin(key, Math.Min(3, Math.Max(1, key.Length / 3)), 5).Select(s => s.Name)
            .Concat(Complete(key[..Math.Min(4, key.Length)], 5).Select(c => c.Name))
            .Distinct(StringComparer.Ordinal).Take(8).ToList();
        return new DrugLookup(text, null, [], DrugResolutionKind.Unresolved, 0, [], suggestions);
    }

    /// <summary>Known names starting with a prefix, for autocomplete (ordinal order).</summary>
    /// <param name="prefix">Typed text; it is upper-cased and stripped of punctuation. Blank gives no completions.</param>
    /// <param name="limit">Maximum number of completions (≥ 1).</param>
    public IReadOnlyList<DrugCompletion> Complete(string prefix, int limit = 10)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var p = string.Join(' ', DrugNameCleaner.SplitNormalized(prefix));
        if (p.Length == 0)
        {
            return [];
        }

        var sortedNames = _sortedNames.Value;
        var lo = 0;
        var hi = sortedNames.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(sortedNames[mid], p) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var result = new List<DrugCompletion>(limit);
        for (var i = lo; i < sortedNames.Length && result.Count < limit && sortedNames[i].StartsWith(p, StringComparison.Ordinal); i++)
        {
            result.Add(new DrugCompletion(sortedNames[i], _names.Value[sortedNames[i]]));
        }

        return result;
    }

    /// <summary>
    /// Pharmacologic classes matching a class query: "antidepressant", "SSRIs", "statins", "Serotonin Reuptake Inhibitor"...
    /// </summary>
    /// <param name="query">Class name or part of it, any case, singular or plural; common abbreviations are understood.</param>
    /// <returns>Matching classes (needs an imported DrugCentral pharm_class.tsv); empty when none.</returns>
    public IReadOnlyList<DrugClass> FindClasses(string query) => DrugClassMatcher.Find(Vocabulary.Classes, query);

    /// <summary>The union of the member ingredients of every class matching <paramref name="query"/>, sorted.</summary>
    /// <param name="query">As for <see cref="FindClasses"/>.</param>
    public IReadOnlyList<string> IngredientsOfClass(string query) =>
        DrugNameMatcher.SortedDistinct(FindClasses(query).SelectMany(c => c.Ingredients));

    // Measured on FAERS names of drugs newer than the vocabulary (TIVDAK, GEMTESA, DAYBUE): distance 2 on names under 9
    // letters turned them into other real drugs, so it is kept for long names only; names under 5 letters are never corrected.
    private static int MaxDistance(string key) => key.Length < 5 ? 0 : key.Length < 9 ? 1 : 2;

    /// <summary>
    /// True when <paramref name="known"/> is a plausible way of misspelling <paramref name="typed"/>: same first letter and the
    /// same consonant skeleton once sound-alike spellings are merged (C/K/Q, S/Z, PH/F, Y/I, doubled letters). Vowel slips,
    /// dropped or doubled letters pass (MIRTAZEPINE, ASPRIN, SERTRALIN); a different consonant does not (COUMADIN is not
    /// COUMARIN, RITALIN is not GITALIN), which is what keeps one real drug from becoming another.
    /// </summary>
    internal static bool PlausibleTypo(string typed, string known) =>
        typed.Length > 0 && known.Length > 0 && typed[0] == known[0] &&
        string.Equals(Skeleton(typed), Skeleton(known), StringComparison.Ordinal);

    /// <summary>
    /// True when a name typed by a person (not a FAERS entry counted automatically) of 8+ letters differs from a known one by
    /// a single consonant left out or typed twice, with the same first letter: "SETRALINE" and "SERTALINE" for SERTRALINE,
    /// the slips people make most with long names. A different consonant is still no slip (see <see cref="PlausibleTypo"/>).
    /// </summary>
    internal static bool PlausibleTypedSlip(string typed, string known)
    {
        if (typed.Length < 8 || known.Length == 0 || typed[0] != known[0])
        {
            return false;
        }

        var a = Skeleton(typed);
        var b = Skeleton(known);
        if (Math.Abs(a.Length - b.Length) != 1)
        {
            return false;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        for (var i = 0; i < longer.Length; i++)
        {
            if (string.Equals(shorter, string.Concat(longer.AsSpan(0, i), longer.AsSpan(i + 1)), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Skeleton(string name)
    {
        var s = name.Replace("PH", "F", StringComparison.Ordinal).Replace("TH", "T", StringComparison.Ordinal)
            .Replace("CK", "K", StringComparison.Ordinal).Replace("X", "KS", StringComparison.Ordinal);
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var raw in s)
        {
            var c = raw switch
            {
                'C' or 'Q' => 'K',
                'Z' => 'S',
                'Y' => 'I',
                _ => raw,
            };
            if (c is 'A' or 'E' or 'I' or 'O' or 'U' or 'H' or ' ' or 'W')
            {
                continue;
            }

            if (sb.Length == 0 || sb[^1] != c)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static double Confidence(int distance) => distance <= 1 ? 0.85 : 0.7;

    private DrugResolution? CorrectMisspelling(string cleaned)
    {
        if (MaxDistance(cleaned) == 0)
        {
            return null;
        }

        // Counting is automatic, so it only takes the safest corrections: one edit in a name of 8+ letters.
        // Interactive lookups (Lookup) also offer the rest, marked as misspellings with lower confidence.
        if (cleaned.Length < 8)
        {
            return null;
        }

        var (found, distance) = _fuzzyIngredients.Value.FindNearest(cleaned, 1);
        var nearest = found.Where(n => PlausibleTypo(cleaned, n)).ToList();
        if (nearest.Count == 0 || nearest.Count != found.Count)
        {
            return null;
        }

        var first = _names.Value[nearest[0]];
        foreach (var n in nearest)
        {
            if (!_names.Value[n].AsSpan().SequenceEqual(first))
            {
                return null;
            }
        }

        return new DrugResolution(first, DrugResolutionKind.Misspelling, Confidence(distance));
    }
}
