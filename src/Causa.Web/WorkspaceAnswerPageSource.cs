using System.Globalization;
using Causa.Application.Browsing;
using Causa.Application.Names;
using Causa.Application.Queries;
using Causa.Core.Evidence;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Causa.Core.Verdicts;
using Causa.Web.Models;

namespace Causa.Web;

/// <summary>
/// The pages over a store: each page asks the application layer's use cases (<see cref="QueryService"/> and
/// <see cref="BrowseService"/>, through <see cref="WebStore"/>) and maps their typed responses to the view models. Nothing
/// is queried or computed here beyond wording; parts whose data the application layer does not give yet are left out
/// rather than filled with made-up numbers.
/// </summary>
/// <remarks>Thread-safe: it holds only the shared <see cref="WebStore"/>.</remarks>
public sealed class WorkspaceAnswerPageSource : IAnswerPageSource
{
    private readonly WebStore _store;

    /// <summary>Pages over <paramref name="store"/>.</summary>
    public WorkspaceAnswerPageSource(WebStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc/>
    public ValueTask<HomePageModel> HomeAsync(CancellationToken cancellationToken)
    {
        var summary = _store.Queries?.Info() is { Succeeded: true } info
            ? string.Create(CultureInfo.InvariantCulture, $"{PlainNumbers.Count(info.Value.Cases, "FAERS case", "FAERS cases")} from {string.Join(", ", info.Value.Quarters)}.")
            : "No FAERS reports have been loaded yet.";
        var examples = _store.Queries?.FirstQuestion(null, null) is { Succeeded: true } first
            ? new[] { new ExampleQuestion($"{first.Value.Drug} {first.Value.Event}") }
            : [];
        return ValueTask.FromResult(new HomePageModel(examples, [], [], summary));
    }

    /// <inheritdoc/>
    public ValueTask<PageLookup<string>> AskAsync(AskQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.IsNullOrWhiteSpace(query.Drug) || string.IsNullOrWhiteSpace(query.Condition))
        {
            return ValueTask.FromResult(string.IsNullOrWhiteSpace(query.Question)
                ? PageLookup<string>.Missing(new NotFoundModel(query.Drug ?? query.Condition ?? "", "Please type the medicine and the condition in their own boxes, or a whole question.", []))
                : AskQuestion(query.Question));
        }

        var lookup = Ask(query.Drug, query.Condition);
        if (!lookup.TryGetPage(out var response))
        {
            return ValueTask.FromResult(lookup.Outcome == LookupOutcome.Ambiguous ? PageLookup<string>.Ambiguous(lookup.Choices!) : PageLookup<string>.Missing(lookup.NotFound!));
        }

        var path = SitePaths.Answer(response.Evidence.Drug, response.Evidence.Term)
            + "?asDrug=" + Uri.EscapeDataString(query.Drug.Trim()) + "&asCondition=" + Uri.EscapeDataString(query.Condition.Trim());
        return ValueTask.FromResult(PageLookup<string>.Found(path));
    }

    /// <summary>A whole question, read by the same use case as <c>causa ask "QUESTION"</c> (<see cref="BrowseService.ReadQuestion"/>):
    /// the canonical page of the drug and condition it names; a class question lists its members, each linking to its own page.</summary>
    private PageLookup<string> AskQuestion(string question)
    {
        if (_store.Browse is null)
        {
            return PageLookup<string>.Missing(new NotFoundModel(question, "This server has no store to answer from.", []));
        }

        if (!_store.Browse.ReadQuestion(question).TryGetValue(out var target, out var error))
        {
            return PageLookup<string>.Missing(new NotFoundModel(question, Sentence(error.Message), []));
        }

        // A question about a drug alone ("amitriptyline side effects") or a condition alone ("what causes hair loss?")
        // is answered by that drug's or condition's page.
        if (target.Scope == QuestionScope.Drug)
        {
            return PageLookup<string>.Found(SitePaths.Drug(target.Drug) + "?as=" + Uri.EscapeDataString(target.AsDrug));
        }

        if (target.Scope == QuestionScope.Event)
        {
            return PageLookup<string>.Found(SitePaths.Event(target.Term) + "?as=" + Uri.EscapeDataString(target.AsCondition));
        }

        if (target.IsClass)
        {
            // The answer page is about one medicine; a class's members each have theirs.
            var members = target.ClassMembers.Select(m => new LinkModel(m, SitePaths.Answer(m, target.Term))).ToList();
            return PageLookup<string>.Missing(new NotFoundModel(question, $"{target.ClassName} is a group of medicines: choose one to see its answer about {target.Term}.", members));
        }

        // The question goes along, so the page can say how its words were read ("kidneys" as harm to the kidneys).
        return PageLookup<string>.Found(SitePaths.Answer(target.Drug, target.Term) + "?asDrug=" + Uri.EscapeDataString(target.AsDrug) + "&asCondition=" + Uri.EscapeDataString(target.AsCondition)
            + "&q=" + Uri.EscapeDataString(question.Trim()));
    }

    /// <inheritdoc/>
    public ValueTask<PageLookup<AnswerPageModel>> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.AsTyped?.Question is { } question && QuestionAnswer(question, request) is { } read)
        {
            return ValueTask.FromResult(PageLookup<AnswerPageModel>.Found(ToPage(read)));
        }

        var drug = request.AsTyped?.Drug ?? request.Drug.Replace('-', ' ');
        var condition = request.AsTyped?.Condition ?? request.Condition.Replace('-', ' ');
        var lookup = Ask(drug, condition);
        if (!lookup.TryGetPage(out var response))
        {
            return ValueTask.FromResult(lookup.Outcome == LookupOutcome.Ambiguous ? PageLookup<AnswerPageModel>.Ambiguous(lookup.Choices!) : PageLookup<AnswerPageModel>.Missing(lookup.NotFound!));
        }

        return ValueTask.FromResult(PageLookup<AnswerPageModel>.Found(ToPage(response)));
    }

    /// <inheritdoc/>
    public ValueTask<PageLookup<DrugPageModel>> DrugAsync(string name, CancellationToken cancellationToken) => DrugAsync(name, null, cancellationToken);

    /// <inheritdoc/>
    public ValueTask<PageLookup<EventPageModel>> EventAsync(string name, CancellationToken cancellationToken) => EventAsync(name, null, cancellationToken);

    /// <inheritdoc/>
    public ValueTask<PageLookup<DrugPageModel>> DrugAsync(string name, string? asTyped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Replace('-', ' ').Trim();
        if (_store.Browse is null)
        {
            return ValueTask.FromResult(PageLookup<DrugPageModel>.Missing(NoStore(text)));
        }

        if (!_store.Browse.Drug(text, MaxListed).TryGetValue(out var overview, out _))
        {
            return ValueTask.FromResult(PageLookup<DrugPageModel>.Missing(UnknownName(text, isDrug: true, SitePaths.Drug)));
        }

        var ingredient = overview.Ingredient;
        var drug = ReadableNames.Of(ingredient);
        var uses = overview.Uses.Select(u => new LinkModel(u.Condition, SitePaths.Answer(ingredient, u.Condition), string.Join(", ", u.Sources))).ToList();
        var effects = overview.LabelEffects.Select(e => new LinkModel(e.Term, SitePaths.Answer(ingredient, e.Term), e.MaxDrugPercent is { } percent
            ? "up to " + PlainNumbers.PerHundred(percent) + " on the drug (" + string.Join(", ", e.Sources) + ")"
            : "on the label (" + string.Join(", ", e.Sources) + ")")).ToList();
        var signals = overview.Signals.Select(r => new LinkModel(r.Event, SitePaths.Answer(ingredient, r.Event), ReportNote(r))).ToList();
        return ValueTask.FromResult(PageLookup<DrugPageModel>.Found(new DrugPageModel(char.ToUpperInvariant(drug[0]) + drug[1..], TypedName(asTyped, ingredient, isDrug: true), uses, effects, signals, ListCaveats)));
    }

    /// <inheritdoc/>
    public ValueTask<PageLookup<EventPageModel>> EventAsync(string name, string? asTyped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = name.Replace('-', ' ').Trim();
        if (_store.Browse is null)
        {
            return ValueTask.FromResult(PageLookup<EventPageModel>.Missing(NoStore(text)));
        }

        if (!_store.Browse.Event(text, MaxListed).TryGetValue(out var overview, out _))
        {
            return ValueTask.FromResult(PageLookup<EventPageModel>.Missing(UnknownName(text, isDrug: false, SitePaths.Event)));
        }

        var term = overview.Term;
        var associated = overview.Associated.Select(r => new LinkModel(ReadableNames.Of(r.Drug), SitePaths.Answer(r.Drug, term), ReportNote(r))).ToList();
        var usedFor = overview.UsedFor.Select(d => new LinkModel(ReadableNames.Of(d), SitePaths.Answer(d, term))).ToList();
        return ValueTask.FromResult(PageLookup<EventPageModel>.Found(new EventPageModel(term, TypedName(asTyped, term, isDrug: false), associated, usedFor, ListCaveats)));
    }

    // The question's words for the page's drug or condition ("remeron", "hair loss"), shown only when they read as it: an
    // address cannot put other words on the page.
    private IReadOnlyList<string> TypedName(string? asTyped, string name, bool isDrug) =>
        asTyped is { Length: > 0 and <= 100 } typed && !string.Equals(typed, name, StringComparison.OrdinalIgnoreCase)
            && _store.FindName(typed, isDrug) is { IsFound: true, Name: { } match } && string.Equals(match, name, StringComparison.Ordinal)
                ? [typed]
                : [];

    /// <summary>How many entries each list on a drug or event page shows.</summary>
    private const int MaxListed = 20;

    private static readonly IReadOnlyDictionary<string, string> EmptyLicences = new Dictionary<string, string>();

    private static readonly IReadOnlyList<string> ListCaveats =
    [
        "Reports to the FDA show what people reported, not how often it happens: a drug taken by many people gathers many reports.",
        "A side effect on a label may be rare, or no more frequent than on placebo: each link opens the full answer with the numbers.",
        "Only the sources loaded on this server are listed; a missing entry is not evidence that there is no effect or no use.",
    ];

    private static string ReportNote(TopEntry r) => r.Expected < 0.05
        ? PlainNumbers.Count(r.A, "report", "reports") + ", fewer than 0.1 expected"
        : string.Create(CultureInfo.InvariantCulture, $"{PlainNumbers.Count(r.A, "report", "reports")}, about {r.Expected:0.#} expected");

    /// <summary>The English name of a language code the term reader gives ("nl" -> "Dutch"); the code itself when unlisted.</summary>
    private static string LanguageName(string code) => code.ToLowerInvariant() switch
    {
        "en" => "English",
        "nl" => "Dutch",
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "pt" => "Portuguese",
        _ => code,
    };

    private static NotFoundModel NoStore(string text) => new(text, "This server has no store to answer from.", []);

    /// <summary>The 404 model for a page name that reads as no drug (or event), with did-you-mean links.</summary>
    private NotFoundModel UnknownName(string text, bool isDrug, Func<string, string> href)
    {
        var suggestions = (_store.FindName(text, isDrug)?.Suggestions ?? []).Select(s => new LinkModel(ReadableNames.Of(s), href(s))).ToList();
        var what = isDrug ? "medicine" : "condition";
        return new NotFoundModel(text, $"No {what} called “{text}” is in the loaded data.", suggestions);
    }

    /// <summary>An application-layer message as a sentence: its first letter in capitals.</summary>
    private static string Sentence(string message) => char.ToUpperInvariant(message[0]) + message[1..];

    /// <inheritdoc/>
    public ValueTask<CasePageModel?> CaseAsync(string caseId, CancellationToken cancellationToken)
    {
        if (_store.Queries?.Case(caseId) is not { Succeeded: true } result)
        {
            return ValueTask.FromResult<CasePageModel?>(null);
        }

        var c = result.Value;
        var ci = CultureInfo.InvariantCulture;
        var facts = new List<FactRow>
        {
            new("Quarter", c.Quarter),
            new("FDA received", c.FdaDt),
            new("Sex", c.Sex.ToString()),
            new("Age", c.AgeYears is { } age ? age.ToString("0", ci) + " years" : "not reported"),
            new("Reporter", c.Reporter.ToString()),
            new("Country", c.Country ?? "not reported"),
            new("Serious outcomes", c.Outcomes.Count == 0 ? "none reported" : string.Join(", ", c.Outcomes)),
        };
        return ValueTask.FromResult<CasePageModel?>(new CasePageModel(
            c.Caseid.ToString(ci),
            facts,
            [.. c.Drugs.Select(static d => new LinkModel(d.Drugname, d.Ingredients.Count > 0 ? SitePaths.Drug(d.Ingredients[0]) : SitePaths.Drug(d.Drugname), d.Role))],
            [.. c.Events.Select(static e => new LinkModel(e, SitePaths.Event(e)))]));
    }

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<CompletionModel>> CompleteAsync(CompletionField field, string prefix, int limit, CancellationToken cancellationToken)
    {
        // No store, or text the use case refuses (the endpoint checked it already): an empty list, as completion is optional.
        var target = field == CompletionField.Drug ? CompletionTarget.Drug : CompletionTarget.Condition;
        IReadOnlyList<CompletionModel> found = _store.Completions?.Complete(target, prefix, limit) is { Succeeded: true } result
            ? [.. result.Value.Select(static c => new CompletionModel(c.Name, KindWord(c.Kind), c.Means, c.Language))]
            : [];
        return ValueTask.FromResult(found);
    }

    private static string KindWord(CompletionKind kind) => kind switch
    {
        CompletionKind.Ingredient => "ingredient",
        CompletionKind.Brand => "brand",
        CompletionKind.Class => "class",
        CompletionKind.Term => "term",
        _ => "lay_word",
    };

    private PageLookup<AskResponse> Ask(string drug, string condition)
    {
        if (_store.Queries is null)
        {
            return PageLookup<AskResponse>.Missing(new NotFoundModel(drug, "This server has no store to answer from.", []));
        }

        var result = _store.Queries.Ask(new AskRequest(drug.Trim(), condition.Trim()));
        if (result.TryGetValue(out var response, out var error))
        {
            return PageLookup<AskResponse>.Found(response);
        }

        var subject = error.Subject?.Name;
        var isDrug = string.Equals(subject, drug.Trim(), StringComparison.Ordinal);
        var match = subject is null ? null : _store.FindName(subject, isDrug);
        string Href(string suggestion) => isDrug
            ? "/ask?drug=" + Uri.EscapeDataString(suggestion) + "&condition=" + Uri.EscapeDataString(condition)
            : "/ask?drug=" + Uri.EscapeDataString(drug) + "&condition=" + Uri.EscapeDataString(suggestion);
        var links = (match?.Suggestions ?? []).Select(s => new LinkModel(s, Href(s))).ToList();
        var message = Sentence(error.Message);
        return match?.Kind == NameMatchKind.Ambiguous
            ? PageLookup<AskResponse>.Ambiguous(new ChoicesModel(subject!, $"“{subject}” could mean several things. Which one did you mean?", links))
            : PageLookup<AskResponse>.Missing(new NotFoundModel(subject ?? drug, message, links));
    }

    // The answer to the question that led to this page, when it names this page's drug and condition; else null, and the
    // page is answered from its address alone.
    private AskResponse? QuestionAnswer(string question, AnswerRequest request) =>
        _store.Queries is not null && _store.Queries.AskQuestion(new QuestionRequest(question)).TryGetValue(out var response, out _)
            && response.Guide is { Class: null, Reading: not null }
            && string.Equals(SitePaths.Slug(response.Evidence.Drug), request.Drug, StringComparison.Ordinal)
            && string.Equals(SitePaths.Slug(response.Evidence.Term), request.Condition, StringComparison.Ordinal)
                ? response
                : null;

    private AnswerPageModel ToPage(AskResponse response)
    {
        var evidence = response.Evidence;
        var guide = response.Guide;
        var drug = ReadableNames.Of(evidence.Drug);
        var term = evidence.Term;
        string Read(string text) => ReadableNames.InText(text, evidence.Drug);
        var readings = new List<WordReading>();
        if (response.DrugMatch is { Match: { } drugName } dm && !string.Equals(dm.Input, drugName, StringComparison.OrdinalIgnoreCase))
        {
            readings.Add(new WordReading(dm.Input, ReadableNames.Of(drugName), dm.Kind.Replace('_', ' ')));
        }

        if (response.EventMatch is { Match: { } eventTerm } em && !string.Equals(em.Input, eventTerm, StringComparison.OrdinalIgnoreCase))
        {
            readings.Add(new WordReading(em.Input, eventTerm, em.Language is null ? em.Kind.Replace('_', ' ')
                : em.Kind == "language" ? LanguageName(em.Language) : $"{em.Kind.Replace('_', ' ')}, {LanguageName(em.Language)}"));
        }

        if (guide?.Reading is { } question)
        {
            // A whole question: its own reading of each word, which may use the sentence around it ("bad for the kidneys").
            readings.Clear();
            foreach (var word in question.Words.Where(static w => w.Role is "drug" or "class" or "condition"))
            {
                if (!string.Equals(word.Text, word.ReadAs, StringComparison.OrdinalIgnoreCase))
                {
                    var readAs = word.Role == "condition" ? word.ReadAs : ReadableNames.Of(word.ReadAs);
                    var alternatives = word.Role == "condition"
                        ? word.Alternatives.Where(a => !string.Equals(a, word.ReadAs, StringComparison.Ordinal)).Take(4).Select(a => new LinkModel(a, SitePaths.Answer(evidence.Drug, a))).ToList()
                        : [];
                    readings.Add(new WordReading(word.Text, readAs, HowRead(word), alternatives));
                }
            }
        }

        var cause = VerdictLabels.For(evidence.Cause.Level);
        var help = VerdictLabels.For(evidence.Help.Level);

        // The guide's bottom line is two plain sentences (can it cause? does it help?); the label's meaning is only
        // the fallback when an answer carries no guide.
        var bottomLine = guide?.BottomLine ?? [];
        var causeQuestion = $"Can {drug} cause {ReadableNames.InSentence(term)}?";
        var helpQuestion = $"Does {drug} help with {ReadableNames.InSentence(term)}?";
        // The label beside each sentence shows the verdict word; the sentence opens with the level's lead and meaning
        // (VerdictWording), so the page drops the lead, which the label already says, and keeps the meaning.
        var causeSentence = WithoutLead(bottomLine.Count > 0 ? WithoutQuestion(Read(bottomLine[0]), causeQuestion) : VerdictWording.Opening(evidence.Cause.Level) + ".", VerdictWording.Lead(evidence.Cause.Level));
        var helpSentence = WithoutLead(bottomLine.Count > 1 ? WithoutQuestion(Read(bottomLine[1]), helpQuestion) : VerdictWording.Opening(evidence.Help.Level) + ".", VerdictWording.Lead(evidence.Help.Level));
        var licences = _store.Browse?.Licences() ?? EmptyLicences;
        var lines = evidence.Cause.Lines.Concat(evidence.Help.Lines).Distinct().ToList();
        var blocks = lines.Where(static l => l.CanAnswer).Select(line => ToBlock(line, licences, Read)).ToList();
        var silent = lines.Where(static l => !l.CanAnswer)
            .GroupBy(static l => l.Source, StringComparer.Ordinal)
            .Select(g => new SilentSource(g.Key, [.. g.Select(l => Read(l.Summary)).Distinct(StringComparer.Ordinal)], ToBlock(g.First(), licences, Read).Source))
            .ToList();
        var caveats = evidence.Caveats.Concat(response.Reports?.Caveats ?? []).Distinct(StringComparer.Ordinal).Select(Read).ToList();
        if (response.ReportsNote is { } note)
        {
            caveats.Insert(0, Read(char.ToUpperInvariant(note[0]) + note[1..] + "."));
        }

        var seeAlso = (guide?.SeeAlso ?? [])
            .Select(s => new LinkModel($"{ReadableNames.Of(s.Drug)} and {ReadableNames.InSentence(s.Event)}", SitePaths.Answer(s.Drug, s.Event), ReadableNames.InText(s.Why, s.Drug)))
            .ToList();
        var signs = (guide?.WarningSigns ?? [])
            .Select(static w => new Models.WarningSign(w.Sign, w.Source, w.Urgency is "emergency" or "urgent"))
            .ToList();

        // The profile credits the same store as the reports' evidence line (FAERS files are US Government works).
        var reportsLine = evidence.Cause.Lines.Concat(evidence.Help.Lines).FirstOrDefault(static l => l.Kind == "reports");
        var profileSource = reportsLine is null
            ? new SourceInfo("FDA Adverse Event Reporting System (FAERS)", "the quarters in this store", "public domain (US Government work)")
            : new SourceInfo(reportsLine.Source, reportsLine.Period, licences.TryGetValue(reportsLine.Source, out var l) ? l : "public domain (US Government work)", reportsLine.Citation);
        var profile = response.Profile is { } p ? ProfilePageBuilder.Build(p, drug, ReadableNames.InSentence(term), profileSource) : null;

        return new AnswerPageModel(
            new QuestionModel(drug, term, readings),
            new VerdictModel(causeQuestion, cause, causeSentence),
            new VerdictModel(helpQuestion, help, helpSentence),
            signs,
            blocks,
            profile,
            seeAlso,
            response.Reports is { } reports ? ToAnalyst(reports, Read) : null,
            caveats)
        {
            Silent = silent,
            Trend = Trend(evidence.Drug, evidence.Term, drug, ReadableNames.InSentence(term), profileSource),
        };
    }

    /// <summary>
    /// The pair's trend from the trend use case (as <c>/api/v1/trend</c> and <c>causa trend</c>), or null when the store
    /// cannot give one (no store, or the use case refuses the names the answer resolved).
    /// </summary>
    private TrendModel? Trend(string ingredient, string term, string drug, string condition, SourceInfo source) =>
        _store.Queries?.Trend(new TrendRequest(ingredient, term)) is { Succeeded: true } trend
            ? TrendPageBuilder.Build(trend.Value, drug, condition, source)
            : null;

    /// <summary>A sentence without its opening lead ("Weak evidence: listed ..." -> "Listed ..."); unchanged when it does not open with it.</summary>
    private static string WithoutLead(string sentence, string lead) =>
        sentence.StartsWith(lead + ": ", StringComparison.Ordinal) && sentence.Length > lead.Length + 2
            ? char.ToUpperInvariant(sentence[lead.Length + 2]) + sentence[(lead.Length + 3)..]
            : sentence;

    /// <summary>
    /// A bottom-line sentence without its leading question when that is the question the verdict block already shows as
    /// its heading ("Can mirtazapine cause back pain? Weak evidence: ..." -> "Weak evidence: ...").
    /// </summary>
    private static string WithoutQuestion(string sentence, string question) =>
        sentence.StartsWith(question + " ", StringComparison.OrdinalIgnoreCase) && sentence.Length > question.Length + 1
            ? char.ToUpperInvariant(sentence[question.Length + 1]) + sentence[(question.Length + 2)..]
            : sentence;

    private static EvidenceBlock ToBlock(EvidenceLine line, IReadOnlyDictionary<string, string> licences, Func<string, string> read)
    {
        var numbers = new List<string>();
        if (line.Numbers.TryGetValue("drug_percent_max", out var onDrug))
        {
            numbers.Add("On the drug: " + PlainNumbers.PerHundred(onDrug));
        }

        if (line.Numbers.TryGetValue("placebo_percent_median", out var onPlacebo))
        {
            numbers.Add("On placebo: " + PlainNumbers.PerHundred(onPlacebo));
        }

        // The line carries a citation; the licence is the loaded source's (FAERS files are US Government works, public
        // domain: README, Data sources). A source whose licence is unknown is credited by its citation instead.
        var licence = licences.TryGetValue(line.Source, out var known) ? known
            : line.Kind == "reports" ? "public domain (US Government work)"
            : null;
        return new EvidenceBlock(line.Source, read(line.Summary), numbers, null, new SourceInfo(line.Source, line.Period, licence, line.Citation), line.Note is null ? "" : read(line.Note));
    }

    private static AnalystModel ToAnalyst(PairAnswer r, Func<string, string> read)
    {
        var ci = CultureInfo.InvariantCulture;
        static string F(double? v) => v is { } x && double.IsFinite(x) ? x.ToString("0.00", CultureInfo.InvariantCulture) : "undefined";
        var rows = new List<StatisticRow>
        {
            new("Expected cases", r.Expected.ToString("0.0", ci), "", ""),
            new("PRR", F(r.Prr), $"{F(r.PrrLower)}–{F(r.PrrUpper)}", ""),
            new("ROR", F(r.Ror), $"{F(r.RorLower)}–{F(r.RorUpper)}", ""),
            new("IC", F(r.Ic), $"{F(r.Ic025)}–{F(r.Ic975)}", ""),
        };
        if (r.Ebgm is { } ebgm)
        {
            rows.Add(new("EBGM", F(ebgm), $"{F(r.Eb05)}–{F(r.Eb95)}", ""));
        }

        var notes = new List<string> { read(r.Verdict) };
        if (r.MgpsNote is { } mgps)
        {
            notes.Add(mgps);
        }

        return new AnalystModel(new TwoByTwoModel(r.A, r.B, r.C, r.D), rows, notes, []);
    }

    // "partial reading: harm to it", "recognised": how sure the reading of one word of a question is, and why when the
    // reading's note says so (WordReading.Note).
    private static string HowRead(Causa.Core.Questions.WordReading word)
    {
        if (word.Certainty == Causa.Core.Questions.ReadingCertainty.Confident)
        {
            return word.Language is null or "en" ? "recognised" : $"recognised, {LanguageName(word.Language)}";
        }

        // The alternatives are links beside the reading; the note never lists them.
        var reading = word.Certainty == Causa.Core.Questions.ReadingCertainty.Partial ? "partial reading" : "a guess";
        return string.IsNullOrEmpty(word.Note) || word.Note == reading ? reading : $"{reading}: {word.Note}";
    }
}
