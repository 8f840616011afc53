namespace Causa.Checking;

/// <summary>
/// Reads claims out of a reduced article: sentences, mentions, relation cues, negation, hedges, anaphora and list items.
/// </summary>
/// <remarks>
/// <para>Per condition mention the drug is the nearest drug mention before it in the sentence (else the nearest after;
/// else "it"/"this medication" standing for the last drug named; else, when the sentence holds a strong cue such as
/// "side effects" or "used to treat", the last drug named). Drugs written as a list ("ibuprofen, naproxen and aspirin",
/// "NSAIDs such as ibuprofen") share the claim. The relation is the cue nearest the condition between drug and condition,
/// else the nearest cue in the sentence (weak cues such as "help" count only between the two). A block ending in ':'
/// opens a list: the items below it take its drug, relation, polarity and hedge unless they state their own.</para>
/// <para>Work is linear: sentences longer than <see cref="MaxSentenceChars"/> are cut at a space, so the pairing inside
/// one sentence is bounded.</para>
/// </remarks>
internal sealed class ClaimExtractor(MentionFinder finder, CheckerOptions options)
{
    /// <summary>Longest sentence read as one; longer runs without sentence punctuation are cut.</summary>
    public const int MaxSentenceChars = 2000;

    private static readonly string[] Abbreviations = ["e.g", "i.e", "dr", "mr", "mrs", "ms", "vs", "etc", "approx", "fig", "no", "st", "u.s", "inc", "ltd", "prof"];

    private readonly Dictionary<(string, string, ClaimRelation, ClaimPolarity), ClaimBuilder> _claims = [];
    private readonly HashSet<(string, string, ClaimRelation, ClaimPolarity)> _omitted = [];
    private Mention? _lastDrug;
    private int _lastDrugBlock = -10;
    private int _block;
    private Frame? _frame;
    private bool _frameFromHeading;
    private int _linesOutsideFrame;

    public int Sentences { get; private set; }

    /// <summary>Distinct claims found after <see cref="CheckerOptions.MaxClaims"/> were kept.</summary>
    public int ClaimsOmitted => _omitted.Count;

    public IReadOnlyList<ExtractedClaim> Extract(ReducedArticle article)
    {
        var text = article.Text;
        foreach (var block in article.Blocks)
        {
            _block++;
            var sentences = SplitSentences(text, block.Start, block.End);
            var continuesList = _frame is not null && (block.Kind == TextBlockKind.ListItem || IsShortLine(text, block));
            if (continuesList)
            {
                _linesOutsideFrame = 0;
            }
            else if (!_frameFromHeading || block.Kind == TextBlockKind.Heading || ++_linesOutsideFrame > 1)
            {
                // A list under a heading ("Other side effects") may have one line of advice between its items
                // ("Try taking it with food."); any other block, or a second one, ends it.
                _frame = null;
            }

            var inherited = continuesList ? _frame : null;

            Frame? opened = null;
            for (var s = 0; s < sentences.Count; s++)
            {
                var (start, end) = sentences[s];
                Sentences++;
                // Only an item's first sentence is the item; later ones ("… is called postherpetic neuralgia") speak for themselves.
                var frame = ReadSentence(text, start, end, s == 0 ? inherited : null);
                var colon = s == sentences.Count - 1 && text[end - 1] == ':';
                if (frame is not null && ((colon && (frame.Strong || _frame is null)) || (block.Kind == TextBlockKind.Heading && frame.Strong)))
                {
                    opened = frame;
                }
            }

            if (opened is not null)
            {
                _frame = opened;
                _frameFromHeading = block.Kind == TextBlockKind.Heading;
                _linesOutsideFrame = 0;
            }
        }

        return [.. _claims.Values.OrderBy(static c => c.Quotes[0].Start).Select(static c => c.Build())];
    }

    private static bool IsShortLine(string text, TextBlock block)
    {
        if (block.Length > 100 || text[block.End - 1] == '.')
        {
            return false;
        }

        var words = 1;
        for (var i = block.Start; i < block.End; i++)
        {
            words += text[i] == ' ' ? 1 : 0;
        }

        return words <= 14;
    }

    // Reads one sentence, records its claims and returns what a list under it would inherit (when it names a relation).
    private Frame? ReadSentence(string text, int start, int end, Frame? frame)
    {
        var tokens = Tokenize(text, start, end);
        if (tokens.Length == 0)
        {
            return null;
        }

        var drugs = finder.FindDrugs(tokens);
        var explicitDrugs = drugs.Where(d => !IsPredicateClass(tokens, d, drugs)).ToList();
        var taken = new bool[tokens.Length];
        foreach (var d in drugs)
        {
            for (var k = d.First; k <= d.Last; k++)
            {
                taken[k] = true;
            }
        }

        var conditions = finder.FindConditions(tokens, taken);
        conditions.RemoveAll(c => IsDescription(tokens, c, conditions));
        var cues = FindCues(tokens, drugs);
        var hedged = tokens.Any(static t => CueTable.Hedges.Contains(t.Lower)) || (frame?.Hedged ?? false);
        var candidates = explicitDrugs;
        if (candidates.Count == 0 && _lastDrug is not null)
        {
            var anaphor = FindAnaphor(tokens);
            if (anaphor >= 0)
            {
                candidates = [_lastDrug with { First = anaphor, Last = anaphor }];
            }
            else if ((cues.Any(static c => c.Strong) || _block - _lastDrugBlock <= 1) && frame is null && cues.Count > 0)
            {
                candidates = [_lastDrug with { First = -1, Last = -1 }];
            }
        }

        var quote = new QuoteSpan(text[start..end], start, end);
        foreach (var c in conditions)
        {
            if (candidates.Count == 0)
            {
                if (frame is not null)
                {
                    var own = NearestCue(cues, -1, c, allowWeakOutside: true);
                    var relation = own?.Relation ?? frame.Relation;
                    var polarity = own is { } o ? PolarityOf(tokens, o, c, -1) : frame.Polarity;
                    if (polarity == ClaimPolarity.Asserted && NegatedCondition(tokens, c))
                    {
                        polarity = ClaimPolarity.Negated;
                    }

                    foreach (var d in frame.Drugs)
                    {
                        Add(d, c.Name, relation, polarity, hedged, quote);
                    }
                }

                continue;
            }

            var drug = candidates.LastOrDefault(d => d.Last < c.First) ?? candidates.First(d => d.First > c.Last);
            var clause = ClauseCues(tokens, cues, c);
            // A drug taken from context has no place in the sentence, so any cue of the clause may carry the claim.
            var cue = NearestCue(clause, drug.First < c.First ? drug.Last : drug.First, c, allowWeakOutside: drug.First < 0);
            if (cue is null && explicitDrugs.Count == 0 && drug.First > c.Last)
            {
                // "people develop muscle aches when they stop taking the drug": the anaphor after the condition is not where
                // the claim is made; read the sentence as about the last drug named.
                drug = drug with { First = -1, Last = -1 };
                cue = NearestCue(clause, -1, c, allowWeakOutside: true);
            }

            // "swelling caused by fluid retention": a passive cue names its cause after it, so a drug before it is not the cause.
            if (cue is { } passive && passive.First >= 0 && CueTable.PassiveCues.Contains(tokens[passive.First].Lower) && drug.First < passive.First)
            {
                continue;
            }
            if (cue is null)
            {
                if (frame is null)
                {
                    continue;
                }

                cue = new Cue(-1, -1, frame.Relation, true);
            }

            var pol = PolarityOf(tokens, cue.Value, c, drug.First < c.First ? drug.Last : -1);
            if (pol == ClaimPolarity.Asserted && NegatedCondition(tokens, c))
            {
                pol = ClaimPolarity.Negated;
            }

            var rel = Reverses(tokens, cue.Value, c) ? ClaimRelation.Causes : cue.Value.Relation;
            foreach (var d in Group(tokens, candidates, drug))
            {
                Add(d, c.Name, rel, pol, hedged, quote);
            }
        }

        var result = (Frame?)null;
        if (cues.Count > 0)
        {
            var lastCue = cues.Any(static c => c.Strong) ? cues.Last(static c => c.Strong) : cues[^1];
            var subject = candidates.Count > 0 ? candidates.LastOrDefault(d => d.Last < lastCue.First) ?? candidates[0] : null;
            subject ??= frame?.Drugs[0];
            if (subject is null && _lastDrug is not null && lastCue.Strong)
            {
                subject = _lastDrug;
            }

            if (subject is not null)
            {
                var group = candidates.Contains(subject) ? Group(tokens, candidates, subject) : [subject];
                result = new Frame(group, lastCue.Relation, PolarityOf(tokens, lastCue, null, subject.First >= 0 && subject.Last < lastCue.First ? subject.Last : -1), hedged, lastCue.Strong);
            }
        }

        // Drugs named as examples or comparisons ("drugs like benzodiazepines") are not what a later "it" means.
        var antecedent = explicitDrugs.LastOrDefault(d => d.First == 0 || !CueTable.Comparisons.Contains(tokens[d.First - 1].Lower));
        if (antecedent is not null)
        {
            _lastDrug = antecedent;
            _lastDrugBlock = _block;
        }

        return result;
    }

    // "X is an antidepressant", "other antidepressants": a class word that describes or excludes, not the claim's subject.
    private static bool IsPredicateClass(Token[] tokens, Mention m, List<Mention> all)
    {
        if (!m.IsClass)
        {
            return false;
        }

        for (var k = Math.Max(0, m.First - 3); k < m.First; k++)
        {
            if (tokens[k].Lower is "other" or "different" or "another")
            {
                return true;
            }

            if (tokens[k].Lower is "a" or "an" or "as" && all.Any(d => !d.IsClass && d.Last < m.First))
            {
                return true;
            }
        }

        return false;
    }

    // "people with obesity" describes who; "nerve pain following shingles" names the setting of the first condition.
    private static bool IsDescription(Token[] tokens, Mention c, List<Mention> conditions)
    {
        if (c.First >= 2 && tokens[c.First - 1].Lower == "with" && CueTable.Populations.Contains(tokens[c.First - 2].Lower))
        {
            return true;
        }

        if (c.First >= 1 && CueTable.Modifiers.Contains(tokens[c.First - 1].Lower) && conditions.Any(o => o.Last == c.First - 2))
        {
            return true;
        }

        // "chronic pain associated with arthritis", "insomnia caused by stress": the second condition is the first one's cause.
        if (c.First >= 2 && tokens[c.First - 1].Lower is "with" or "by" or "to" && tokens[c.First - 2].Lower is "associated" or "caused" or "due" or "related" or "secondary" or "linked"
            && conditions.Any(o => o.Last == c.First - 3))
        {
            return true;
        }

        // "increase appetite" read as the lexicon's "Decreased appetite": the text states the opposite direction of the term.
        var up = c.Name.Contains("increased", StringComparison.OrdinalIgnoreCase);
        var down = c.Name.Contains("decreased", StringComparison.OrdinalIgnoreCase);
        for (var k = Math.Max(0, c.First - 2); k < c.First && (up || down); k++)
        {
            var w = tokens[k].Lower;
            if ((down && w is "increase" or "increased" or "increases" or "increasing" or "higher" or "more") ||
                (up && w is "decrease" or "decreased" or "decreases" or "reduced" or "lower" or "less" or "loss"))
            {
                return true;
            }
        }

        return false;
    }

    // The cues of the clause holding the condition: "Statins might not cause aching muscles, but diabetes risk is real".
    private static List<Cue> ClauseCues(Token[] tokens, List<Cue> cues, Mention c)
    {
        var from = 0;
        var to = tokens.Length - 1;
        for (var k = c.First - 1; k >= 0; k--)
        {
            if (CueTable.ClauseBreaks.Contains(tokens[k].Lower))
            {
                from = k;
                break;
            }
        }

        for (var k = c.Last + 1; k < tokens.Length; k++)
        {
            if (CueTable.ClauseBreaks.Contains(tokens[k].Lower))
            {
                to = k;
                break;
            }
        }

        return from == 0 && to == tokens.Length - 1 ? cues : cues.FindAll(q => q.First >= from && q.Last <= to);
    }

    // "may reduce your sex drive" (Libido decreased): lowering a function the term already names as decreased is a harm.
    private static bool Reverses(Token[] tokens, Cue cue, Mention c) =>
        cue.Relation == ClaimRelation.Treats && cue.First >= 0 && tokens[cue.First].Lower is "reduce" or "reduces" or "reducing" or "lower" or "lowers" &&
        (c.Name.Contains("decreased", StringComparison.OrdinalIgnoreCase) || c.Name.StartsWith("Decreased", StringComparison.OrdinalIgnoreCase));

    private static int FindAnaphor(Token[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Lower == "it")
            {
                return i;
            }

            if (tokens[i].Lower is "this" or "the" or "that" or "these" or "those" && i + 1 < tokens.Length && CueTable.AnaphoraNouns.Contains(tokens[i + 1].Lower))
            {
                return i + 1;
            }
        }

        return -1;
    }

    private static List<Cue> FindCues(Token[] tokens, List<Mention> drugs)
    {
        var cues = new List<Cue>();
        for (var i = 0; i < tokens.Length;)
        {
            Cue? found = null;
            // "people who suffer from insomnia": a weak cue whose subject is a person describes the reader, not the drug.
            if (CueTable.CuesByFirstWord.TryGetValue(tokens[i].Lower, out var options) && !(i > 0 && tokens[i - 1].Lower == "who"))
            {
                foreach (var (words, relation, strong) in options)
                {
                    if (i + words.Length > tokens.Length)
                    {
                        continue;
                    }

                    var match = true;
                    for (var k = 1; k < words.Length && match; k++)
                    {
                        match = string.Equals(tokens[i + k].Lower, words[k], StringComparison.Ordinal);
                    }

                    if (match)
                    {
                        found = new Cue(i, i + words.Length - 1, relation, strong);
                        break;
                    }
                }
            }

            // "Trazodone for insomnia": "for" right after a drug is a use.
            if (found is null && tokens[i].Lower == "for" && drugs.Any(d => d.Last == i - 1))
            {
                found = new Cue(i, i, ClaimRelation.Treats, false);
            }

            // "statin-induced myopathy", "NSAID-related bleeding".
            if (found is null && tokens[i].Hyphenated && tokens[i].Lower is "related" or "associated" or "caused" && drugs.Any(d => d.Last == i - 1))
            {
                found = new Cue(i, i, ClaimRelation.Causes, true);
            }

            if (found is { } f)
            {
                cues.Add(f);
                i = f.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return cues;
    }

    // The cue nearest the condition between the drug and the condition; else (strong cues only unless allowed) the nearest anywhere.
    private static Cue? NearestCue(List<Cue> cues, int drugEdge, Mention c, bool allowWeakOutside)
    {
        Cue? best = null;
        var bestDistance = int.MaxValue;
        var lo = Math.Min(drugEdge, c.First);
        var hi = Math.Max(drugEdge, c.Last);
        foreach (var cue in cues)
        {
            if (cue.First > lo && cue.Last < hi && cue.First != c.First)
            {
                var distance = cue.Last < c.First ? c.First - cue.Last : cue.First - c.Last;
                if (distance < bestDistance)
                {
                    best = cue;
                    bestDistance = distance;
                }
            }
        }

        if (best is not null)
        {
            return best;
        }

        foreach (var cue in cues)
        {
            if (!cue.Strong && !allowWeakOutside)
            {
                continue;
            }

            var distance = Math.Abs(cue.First - c.First);
            if (distance < bestDistance)
            {
                best = cue;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static ClaimPolarity PolarityOf(Token[] tokens, Cue cue, Mention? c, int drugLast)
    {
        if (cue.First < 0)
        {
            return ClaimPolarity.Asserted;
        }

        var from = Math.Max(Math.Max(0, cue.First - 4), drugLast + 1);
        for (var k = cue.First - 1; k >= from; k--)
        {
            if (CueTable.ClauseBreaks.Contains(tokens[k].Lower))
            {
                break;
            }

            if (IsNegator(tokens, k))
            {
                return ClaimPolarity.Negated;
            }
        }

        for (var k = cue.First - 1; k > drugLast && k >= 0; k--)
        {
            if (CueTable.ClauseBreaks.Contains(tokens[k].Lower))
            {
                break;
            }

            if (IsNegator(tokens, k))
            {
                return ClaimPolarity.Negated;
            }
        }

        // "There is no evidence that X causes Y", "no link between X and Y", "a lack of efficacy in prescribing X for Y".
        for (var k = 0; k + 1 < tokens.Length && k < cue.First + 1; k++)
        {
            if ((tokens[k].Lower is "no" or "little" or "not" && tokens[k + 1].Lower is "evidence" or "link" or "proof" or "association" or "connection" or "linked" or "associated" or "benefit" or "efficacy") ||
                (tokens[k].Lower is "lack" or "absence" && tokens[k + 1].Lower == "of"))
            {
                return ClaimPolarity.Negated;
            }
        }

        // "is not effective for", "isn't approved for": the negator sits before a verb that precedes the cue.
        if (cue.First >= 2 && tokens[cue.First - 1].Lower is "approved" or "effective" or "recommended" or "used" or "proven" or "shown" or "known"
            && IsNegator(tokens, cue.First - 2))
        {
            return ClaimPolarity.Negated;
        }

        _ = c;
        return ClaimPolarity.Asserted;
    }

    private static bool IsNegator(Token[] tokens, int k) =>
        CueTable.Negators.Contains(tokens[k].Lower) && !(k + 1 < tokens.Length && CueTable.NegatorExceptions.Contains(tokens[k + 1].Lower));

    // "causes no weight gain", "without drowsiness".
    private static bool NegatedCondition(Token[] tokens, Mention c) =>
        c.First >= 1 && tokens[c.First - 1].Lower is "no" or "without" or "nor" && !(c.First >= 2 && tokens[c.First - 2].Lower == "or");

    // Drugs listed together with the chosen one ("ibuprofen, naproxen and aspirin", "NSAIDs such as ibuprofen").
    private static List<Mention> Group(Token[] tokens, List<Mention> candidates, Mention chosen)
    {
        var index = candidates.IndexOf(chosen);
        if (index < 0)
        {
            return [chosen];
        }

        var lo = index;
        while (lo > 0 && Joined(tokens, candidates[lo - 1], candidates[lo]))
        {
            lo--;
        }

        var hi = index;
        while (hi + 1 < candidates.Count && Joined(tokens, candidates[hi], candidates[hi + 1]))
        {
            hi++;
        }

        return candidates.GetRange(lo, hi - lo + 1);
    }

    private static bool Joined(Token[] tokens, Mention a, Mention b)
    {
        if (a.First < 0 || b.First < 0)
        {
            return false;
        }

        for (var k = a.Last + 1; k < b.First; k++)
        {
            if (tokens[k].Lower is not ("and" or "or" or "such" or "as" or "like" or "including" or "e" or "g" or "eg" or "both"))
            {
                return false;
            }
        }

        return b.First - a.Last <= 4;
    }

    private void Add(Mention drug, string condition, ClaimRelation relation, ClaimPolarity polarity, bool hedged, QuoteSpan quote)
    {
        var key = (drug.Name, condition, relation, polarity);
        if (!_claims.TryGetValue(key, out var builder))
        {
            if (_claims.Count >= options.MaxClaims)
            {
                _omitted.Add(key);
                return;
            }

            builder = new ClaimBuilder(drug, condition, relation, polarity, options.MaxQuotesPerClaim);
            _claims[key] = builder;
        }

        builder.AddQuote(quote, hedged);
    }

    internal static Token[] Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]) && i > s)))
            {
                i++;
            }

            var word = text.AsSpan(s, i - s);
            var hyphenated = s > start && text[s - 1] is '-' or '‐' or '–' && s - 2 >= start && char.IsLetterOrDigit(text[s - 2]);
            var upper = 0;
            var letters = 0;
            foreach (var ch in word)
            {
                if (char.IsLetter(ch))
                {
                    letters++;
                    upper += char.IsUpper(ch) ? 1 : 0;
                }
            }

            tokens.Add(new Token(s, i, word.ToString().ToLowerInvariant().Replace('’', '\''), hyphenated, char.IsUpper(word[0]), letters >= 2 && upper == letters));
        }

        return [.. tokens];
    }

    internal static List<(int Start, int End)> SplitSentences(string text, int start, int end)
    {
        var result = new List<(int, int)>();
        var s = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            var cut = false;
            if (c is '.' or '!' or '?' && i + 2 < end && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || char.IsDigit(text[i + 2]) || text[i + 2] is '"' or '“' or '('))
            {
                cut = c != '.' || !EndsWithAbbreviation(text, s, i);
            }
            else if (i - s >= MaxSentenceChars && c == ' ')
            {
                cut = true;
            }

            if (cut)
            {
                Add(result, text, s, c == ' ' ? i : i + 1);
                s = i + 1;
            }
        }

        Add(result, text, s, end);
        return result;
    }

    private static bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && text[w - 1] != ' ')
        {
            w--;
        }

        var word = text.AsSpan(w, dot - w);

        // "MS." or "FDA." ending a sentence is an acronym, not "Ms." or "No.".
        if (word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }

        foreach (var a in Abbreviations)
        {
            if (word.Equals(a, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return word.Length == 1 && char.IsUpper(word[0]);
    }

    private static void Add(List<(int, int)> result, string text, int s, int e)
    {
        while (s < e && text[s] == ' ')
        {
            s++;
        }

        while (e > s && text[e - 1] == ' ')
        {
            e--;
        }

        if (e > s)
        {
            result.Add((s, e));
        }
    }

    private readonly record struct Cue(int First, int Last, ClaimRelation Relation, bool Strong);

    private sealed record Frame(List<Mention> Drugs, ClaimRelation Relation, ClaimPolarity Polarity, bool Hedged, bool Strong);

    private sealed class ClaimBuilder(Mention drug, string condition, ClaimRelation relation, ClaimPolarity polarity, int maxQuotes)
    {
        private readonly List<QuoteSpan> _quotes = [];
        private bool _allHedged = true;

        public IReadOnlyList<QuoteSpan> Quotes => _quotes;

        public void AddQuote(QuoteSpan quote, bool hedged)
        {
            _allHedged &= hedged;
            if (_quotes.Count < maxQuotes && (_quotes.Count == 0 || _quotes[^1].Start != quote.Start))
            {
                _quotes.Add(quote);
            }
        }

        public ExtractedClaim Build() => new(drug.Name, drug.IsClass, drug.Ingredients, condition, relation, polarity, _allHedged, _quotes);
    }
}
