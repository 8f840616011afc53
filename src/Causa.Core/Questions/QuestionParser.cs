using System.Collections.Frozen;
using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;

namespace Causa.Core.Questions;

/// <summary>
/// Reads a whole question in English, Dutch, German, French or Spanish ("does remeron cause back pain?", "trazodone for
/// back pain", "mirtazapine rugpijn", "fait grossir la mirtazapine ?") into the drug (ingredient, brand or class), the
/// condition (medical or lay words) and the kind (cause, help, both), saying how each word was read and how sure it is.
/// </summary>
/// <remarks>
/// General rules, no per-question entries: a per-language cue table (question_cues.tsv) marks the phrases that set the kind,
/// name a condition themselves ("to help me sleep", "fait grossir") or mean nothing ("does", "est-ce que"); the rest of the
/// question is split into runs of words between cues, and the drug and the condition are the spans of those runs that the
/// class resolver, the drug resolver and the term resolver recognise (longest span first). A word for a body function
/// ("sleep") names a use when the question asks for help and a side effect when it asks for harm; when the question does
/// not say, the reading is partial and both readings are offered, never one silently. Immutable; thread-safe.
/// </remarks>
public sealed class QuestionParser
{
    private const int MaxSpanWords = 5;
    private static readonly Lazy<(IReadOnlyList<QuestionCue> Rows, FrozenDictionary<string, QuestionCue> ByPhrase)> Cues = new(LoadCues);

    private readonly DrugResolver _drugs;
    private readonly TermResolver _terms;
    private readonly DrugClassResolver _classes;

    /// <summary>Builds a parser over the resolvers the rest of Causa uses.</summary>
    /// <param name="drugs">Drug-name resolver (ingredients and brands).</param>
    /// <param name="terms">Condition resolver (preferred terms, lay words in five languages).</param>
    /// <param name="classes">Class resolver.</param>
    public QuestionParser(DrugResolver drugs, TermResolver terms, DrugClassResolver classes)
    {
        ArgumentNullException.ThrowIfNull(drugs);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(classes);
        _drugs = drugs;
        _terms = terms;
        _classes = classes;
    }

    /// <summary>The cue table's rows, in file order.</summary>
    public static IReadOnlyList<QuestionCue> CueTable => Cues.Value.Rows;

    /// <summary>Parses cue-table text (tab-separated: phrase, language, kind, term).</summary>
    /// <param name="reader">The text; '#' comments, blank lines and the header are skipped.</param>
    /// <returns>The rows and one message per refused line.</returns>
    public static CuratedTableRead<QuestionCue> ParseCues(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<QuestionCue>();
        var errors = new List<string>();
        foreach (var (number, f) in CuratedTableText.DataRows(reader, "phrase"))
        {
            if (f.Length < 3 || f[0].Length == 0 || f[2] is not ("cause" or "help" or "skip" or "either") || (f[2] == "either" && (f.Length < 4 || f[3].Split('|').Length != 2)))
            {
                errors.Add($"line {number}: expected phrase, language, kind (cause, help, skip, either) and, for either, 'help term|cause term'");
                continue;
            }

            rows.Add(new QuestionCue(f[0], f[1], f[2], f.Length > 3 && f[3].Length > 0 ? f[3] : null));
        }

        return new CuratedTableRead<QuestionCue>(rows, errors);
    }

    /// <summary>Reads a question.</summary>
    /// <param name="question">The question as typed (any of the five languages; punctuation and case ignored).</param>
    /// <returns>The reading; <see cref="ParsedQuestion.Complete"/> is false when the drug or the condition was not found, with <see cref="ParsedQuestion.Problems"/> saying which.</returns>
    public ParsedQuestion Parse(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var words = TermText.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var reading = new List<(int Start, WordReading Word)>();
        var runs = new List<(int Start, int End)>();
        var cause = false;
        var help = false;
        string? cueTerm = null;
        QuestionCue? either = null;
        var eitherText = string.Empty;
        var eitherStart = 0;
        var runStart = -1;
        var skip = new bool[words.Length];
        for (var i = 0; i < words.Length;)
        {
            var (cue, length) = LongestCue(words, i);
            if (cue is { Kind: "skip" })
            {
                // Function words stay inside a run ("dolor de cabeza", "pain in the back"); a span never starts or ends on one.
                for (var k = i; k < i + length; k++)
                {
                    skip[k] = true;
                }

                if (runStart < 0)
                {
                    runStart = i;
                }

                i += length;
                continue;
            }

            if (cue is null)
            {
                if (runStart < 0)
                {
                    runStart = i;
                }

                i++;
                continue;
            }

            if (runStart >= 0)
            {
                runs.Add((runStart, i));
                runStart = -1;
            }

            var text = string.Join(' ', words[i..(i + length)]);
            switch (cue.Kind)
            {
                case "cause":
                    cause = true;
                    cueTerm ??= cue.Term;
                    reading.Add((i, new WordReading(text, "cue", cue.Term is null ? "cause" : $"cause: {cue.Term}", ReadingCertainty.Confident, [], cue.Language)));
                    break;
                case "help":
                    // The bare prepositions ("for", "voor", "pour", "para", "gegen") are the weakest help cue; they never beat a cause cue.
                    help = true;
                    cueTerm ??= cue.Term;
                    reading.Add((i, new WordReading(text, "cue", cue.Term is null ? "help" : $"help: {cue.Term}", ReadingCertainty.Confident, [], cue.Language)));
                    break;
                case "either":
                    either = cue;
                    eitherText = text;
                    eitherStart = i;
                    break;
                default:
                    reading.Add((i, new WordReading(text, "ignored", string.Empty, ReadingCertainty.Confident, [], cue.Language)));
                    break;
            }

            i += length;
        }

        if (runStart >= 0)
        {
            runs.Add((runStart, words.Length));
        }

        var kind = cause ? QuestionKind.Cause : help ? QuestionKind.Help : QuestionKind.Both;
        var problems = new List<string>();

        // The drug: the longest span of any run that names a class or a drug. Words that read as a known condition wording
        // ("low magnesium", although "LOW MAGNESIUM" and even "LOW" name products too) are taken as the drug, whole or in
        // part, only when no other span names one: the first pass leaves them out, the second reads every span.
        string? drugText = null, className = null;
        IReadOnlyList<string> ingredients = [];
        var drugCertainty = ReadingCertainty.Low;
        (int Run, int Start, int End)? drugSpan = null;
        var conditionWords = new bool[words.Length];
        for (var pass = 0; pass < 2 && drugSpan is null; pass++)
        {
            foreach (var length in Enumerable.Range(1, MaxSpanWords).Reverse())
            {
                for (var r = 0; r < runs.Count && drugSpan is null; r++)
                {
                    for (var s = runs[r].Start; s + length <= runs[r].End && drugSpan is null; s++)
                    {
                        if (skip[s] || skip[s + length - 1])
                        {
                            continue;
                        }

                        var text = string.Join(' ', words[s..(s + length)]);
                        if (pass == 0 && conditionWords.AsSpan(s, length).Contains(true))
                        {
                            continue;
                        }

                        if (pass == 0 && _terms.IsKnownWording(text))
                        {
                            conditionWords.AsSpan(s, length).Fill(true);
                            continue;
                        }

                        if (_classes.Resolve(text) is { Members.Count: > 0 } c)
                        {
                            (drugText, className, ingredients, drugCertainty, drugSpan) = (text, c.Name, c.Members, ReadingCertainty.Confident, (r, s, s + length));
                            reading.Add((s, new WordReading(text, "class", c.Name, ReadingCertainty.Confident, [], null)));
                            break;
                        }

                        var d = _drugs.Lookup(text);
                        if (d.Match is not null && d.Ingredients.Count > 0 && d.Kind is not (DrugResolutionKind.NonDrug or DrugResolutionKind.Unresolved or DrugResolutionKind.Ambiguous) && (d.Confidence >= 0.85 || length > 1 || text.Length >= 6))
                        {
                            var certainty = d.Kind is DrugResolutionKind.Guess ? ReadingCertainty.Low : d.Kind is DrugResolutionKind.Misspelling || d.Confidence < 0.95 ? ReadingCertainty.Partial : ReadingCertainty.Confident;
                            (drugText, ingredients, drugCertainty, drugSpan) = (text, d.Ingredients, certainty, (r, s, s + length));
                            var drugNote = certainty == ReadingCertainty.Confident ? null : certainty == ReadingCertainty.Low ? "a guess" : "a near spelling";
                            reading.Add((s, new WordReading(text, "drug", d.Match, certainty, [.. d.Alternatives.Select(static a => a.Name)], null) { Note = drugNote }));
                            if (drugNote is not null)
                            {
                                problems.Add($"\"{text}\" was read as {d.Match} ({drugNote}).");
                            }

                            break;
                        }
                    }
                }

                if (drugSpan is not null)
                {
                    break;
                }
            }
        }

        // What is left of the runs once the drug is taken out.
        var rest = new List<(int Start, int End)>();
        for (var r = 0; r < runs.Count; r++)
        {
            if (drugSpan is { } ds && ds.Run == r)
            {
                if (ds.Start > runs[r].Start)
                {
                    rest.Add((runs[r].Start, ds.Start));
                }

                if (ds.End < runs[r].End)
                {
                    rest.Add((ds.End, runs[r].End));
                }
            }
            else
            {
                rest.Add(runs[r]);
            }
        }

        // The condition: a whole leftover run first, then its longest recognised span; a cue's own term when no words are left.
        string? conditionText = null, term = null;
        var termCertainty = ReadingCertainty.Low;
        foreach (var (start, end) in rest)
        {
            for (var length = end - start; length >= 1 && term is null; length--)
            {
                for (var s = start; s + length <= end && term is null; s++)
                {
                    if (skip[s] || skip[s + length - 1])
                    {
                        continue;
                    }

                    // One common word ("nothing", "als", "rien") is no evidence of a condition in a sentence, even where it
                    // spells an abbreviation (Dutch "als" is not ALS); a whole wording of such words ("feel nothing") still is.
                    var text = string.Join(' ', words[s..(s + length)]);
                    if (length == 1 && TermText.IsCommonWord(text))
                    {
                        continue;
                    }

                    var lookup = _terms.Lookup(text);
                    var found = lookup.Match ?? (lookup.Kind == TermMatchKind.Ambiguous && lookup.Alternatives.Count > 0 ? lookup.Alternatives[0].Term : null);
                    if (found is null)
                    {
                        continue;
                    }

                    var certainty = lookup.Match is null ? ReadingCertainty.Low
                        : lookup.Confidence >= 0.95 && length == Content(skip, start, end) ? ReadingCertainty.Confident
                        : lookup.Confidence >= 0.7 ? ReadingCertainty.Partial : ReadingCertainty.Low;
                    (conditionText, term, termCertainty) = (text, found, certainty);
                    var alternatives = lookup.Alternatives.Select(static a => a.Term).Where(a => a != found).Distinct().ToList();
                    var partNote = length < Content(skip, start, end) ? $"only part of \"{string.Join(' ', words[start..end])}\" was recognised" : null;
                    reading.Add((s, new WordReading(text, "condition", found, certainty, alternatives, lookup.Language) { Note = certainty == ReadingCertainty.Confident ? null : partNote }));
                    if (certainty != ReadingCertainty.Confident)
                    {
                        problems.Add($"\"{text}\" was read as {found}" + (alternatives.Count > 0 ? $"; it could also be {string.Join(", ", alternatives.Take(3))}" : string.Empty) + (partNote is null ? "." : $" ({partNote})."));
                    }
                }
            }

            if (term is not null)
            {
                break;
            }
        }

        // An organ alone in a question about harm ("is ibuprofen bad for the kidneys?", "is it hard on your liver") asks
        // about harm to that organ in general: read as "<organ> problems" (Renal impairment, Liver disorder), else as
        // "<organ> damage", never taken for granted (partial certainty).
        if (term is null && kind != QuestionKind.Help)
        {
            foreach (var (start, end) in rest)
            {
                var sites = Enumerable.Range(start, end - start).Where(w => !skip[w] && !TermText.IsCommonWord(words[w])).ToList();
                if (sites.Count == 0 || sites.Count > 2 || !sites.All(w => ConditionWords.IsSite(TermText.ContentKey(words[w]))))
                {
                    continue;
                }

                var organ = string.Join(' ', sites.Select(w => words[w]));
                var lookup = _terms.Lookup(organ + " problems");
                if (lookup.FirmMatch is null)
                {
                    lookup = _terms.Lookup(organ + " damage");
                }

                // A misspelling reading would name another organ's problems ("bone problems" is not "bowel problems").
                if (lookup.FirmMatch is not { } damage)
                {
                    continue;
                }

                (conditionText, term, termCertainty) = (organ, damage, ReadingCertainty.Partial);
                reading.Add((sites[0], new WordReading(organ, "condition", damage, ReadingCertainty.Partial, [.. lookup.Alternatives.Select(static a => a.Term)], lookup.Language) { Note = "harm to it" }));
                problems.Add($"\"{organ}\" was read as harm to it: {damage}.");
                break;
            }
        }

        if (either is not null)
        {
            var pair = either.Term!.Split('|');
            if (term is null)
            {
                // "for sleep" asks about a use, "cause sleep" about a side effect; alone, the word is a question with two readings.
                var chosen = kind == QuestionKind.Cause ? pair[1] : pair[0];
                var other = kind == QuestionKind.Cause ? pair[0] : pair[1];
                var certainty = kind == QuestionKind.Both ? ReadingCertainty.Partial : ReadingCertainty.Confident;
                (conditionText, term, termCertainty) = (eitherText, chosen, certainty);
                reading.Add((eitherStart, new WordReading(eitherText, "condition", chosen, certainty, kind == QuestionKind.Both ? [other] : [], either.Language)));
                if (kind == QuestionKind.Both)
                {
                    kind = QuestionKind.Help;
                    problems.Add($"\"{eitherText}\" can mean trouble sleeping ({pair[0]}, something the drug may be used for) or sleepiness ({pair[1]}, a side effect): read as whether it helps with {pair[0]}; ask whether it causes {pair[1]} for the other reading.");
                }
            }
            else
            {
                reading.Add((eitherStart, new WordReading(eitherText, "ignored", string.Empty, ReadingCertainty.Partial, [], either.Language)));
            }
        }

        if (term is null && cueTerm is not null)
        {
            (term, termCertainty) = (cueTerm, ReadingCertainty.Confident);
            conditionText = reading.Where(static x => x.Word.Role == "cue" && x.Word.ReadAs.Contains(':', StringComparison.Ordinal)).Select(static x => x.Word.Text).FirstOrDefault();
        }

        if (ingredients.Count == 0)
        {
            problems.Insert(0, "No drug, brand or class was recognised in the question.");
        }

        if (term is null)
        {
            problems.Add("No condition was recognised in the question.");
        }

        // Every word shows in the reading: words no rule used are listed as ignored (function words confidently so).
        for (var w = 0; w < words.Length; w++)
        {
            if (!reading.Any(x => x.Start <= w && w < x.Start + x.Word.Text.Split(' ').Length))
            {
                reading.Add((w, new WordReading(words[w], "ignored", string.Empty, skip[w] ? ReadingCertainty.Confident : ReadingCertainty.Low, [], null)));
            }
        }

        var overall = (ReadingCertainty)Math.Min((int)(ingredients.Count == 0 ? ReadingCertainty.Low : drugCertainty), (int)(term is null ? ReadingCertainty.Low : termCertainty));
        return new ParsedQuestion(question, drugText, ingredients, className, conditionText, term, kind, [.. reading.OrderBy(static x => x.Start).Select(static x => x.Word)], overall, problems);
    }

    /// <summary>The length of a run's stretch from its first to its last content (non-function) word.</summary>
    private static int Content(bool[] skip, int start, int end)
    {
        while (start < end && skip[start])
        {
            start++;
        }

        while (end > start && skip[end - 1])
        {
            end--;
        }

        return end - start;
    }

    private static (QuestionCue? Cue, int Length) LongestCue(string[] words, int start)
    {
        for (var length = Math.Min(MaxSpanWords, words.Length - start); length >= 1; length--)
        {
            if (Cues.Value.ByPhrase.TryGetValue(string.Join(' ', words[start..(start + length)]), out var cue))
            {
                return (cue, length);
            }
        }

        return (null, 0);
    }

    private static (IReadOnlyList<QuestionCue> Rows, FrozenDictionary<string, QuestionCue> ByPhrase) LoadCues()
    {
        var rows = CuratedTableText.LoadResource("Causa.Core.Questions.question_cues.tsv", ParseCues);
        var byPhrase = new Dictionary<string, QuestionCue>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            // The first row for a phrase wins (e.g. "cause" is English and French with the same kind).
            byPhrase.TryAdd(TermText.Normalize(row.Phrase), row);
        }

        return (rows, byPhrase.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
