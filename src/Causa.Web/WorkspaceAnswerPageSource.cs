using System.Globalization;
using Causa.Application.Queries;
using Causa.Core.Evidence;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Causa.Web.Models;

namespace Causa.Web;

/// <summary>
/// The pages over a store: each page asks <see cref="QueryService"/> (through <see cref="WebStore"/>) and maps its
/// typed response to the view models. Nothing is computed here beyond wording; parts whose data the application
/// layer does not give yet (reports per year, sex and age, outcomes; drug and event pages) are left out rather than
/// filled with made-up numbers. A whole question (<c>?q=</c>) is read by <see cref="QueryService.AskQuestion"/>.
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

    /// <summary>A whole question, read by the same use case as <c>causa ask "QUESTION"</c>: the canonical page of the drug and
    /// condition it names; a class question lists its members, each linking to its own page.</summary>
    private PageLookup<string> AskQuestion(string question)
    {
        if (_store.Queries is null)
        {
            return PageLookup<string>.Missing(new NotFoundModel(question, "This server has no store to answer from.", []));
        }

        if (!_store.Queries.AskQuestion(new QuestionRequest(question.Trim())).TryGetValue(out var response, out var error))
        {
            return PageLookup<string>.Missing(new NotFoundModel(question, char.ToUpperInvariant(error.Message[0]) + error.Message[1..], []));
        }

        var term = response.Evidence.Term;
        if (response.Guide?.Class is { } drugClass)
        {
            // The answer page is about one medicine; a class's members each have theirs.
            var members = drugClass.Members.Select(m => new LinkModel(m.Drug, SitePaths.Answer(m.Drug, term))).ToList();
            return PageLookup<string>.Missing(new NotFoundModel(question, $"{drugClass.Name} is a group of medicines: choose one to see its answer about {term}.", members));
        }

        // The words the question used for the drug and the condition, so the page shows how each was read ("remeron" ->
        // mirtazapine); the canonical names when the reading has no words for one of them.
        var drug = response.Evidence.Drug;
        var reading = response.Guide?.Reading;
        var asDrug = reading?.Drug ?? drug;
        var asCondition = reading?.Condition ?? term;
        if (!Ask(asDrug, asCondition).TryGetPage(out var typed)
            || !string.Equals(typed.Evidence.Drug, drug, StringComparison.Ordinal) || !string.Equals(typed.Evidence.Term, term, StringComparison.Ordinal))
        {
            // The words alone read differently from the whole question (a phrase only the question reader knows).
            (asDrug, asCondition) = (drug, term);
        }

        return PageLookup<string>.Found(SitePaths.Answer(drug, term) + "?asDrug=" + Uri.EscapeDataString(asDrug) + "&asCondition=" + Uri.EscapeDataString(asCondition));
    }

    /// <inheritdoc/>
    public ValueTask<PageLookup<AnswerPageModel>> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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
    public ValueTask<PageLookup<DrugPageModel>> DrugAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = FindName(name, isDrug: true, SitePaths.Drug);
        if (!match.TryGetPage(out var ingredient))
        {
            return ValueTask.FromResult(PageLookup<DrugPageModel>.Missing(match.NotFound!));
        }

        var drug = ReadableNames.Of(ingredient);
        var uses = new List<LinkModel>();
        var effects = new List<LinkModel>();
        if (Sources() is { } sources)
        {
            uses.AddRange(sources.IndicationsOf(ingredient)
                .GroupBy(static x => x.Entry.Term ?? x.Entry.Condition, StringComparer.OrdinalIgnoreCase)
                .Take(MaxListed)
                .Select(g => new LinkModel(g.Key, SitePaths.Answer(ingredient, g.Key), string.Join(", ", g.Select(static x => x.Source.Name).Distinct(StringComparer.Ordinal)))));

            // Most frequent on the drug first; effects without a frequency after them, alphabetically.
            effects.AddRange(sources.LabelSources
                .SelectMany(s => s.Labels.Where(l => string.Equals(l.Ingredient, ingredient, StringComparison.Ordinal)).Select(l => (s.Info.Name, Entry: l)))
                .GroupBy(static x => x.Entry.Term, StringComparer.OrdinalIgnoreCase)
                .Select(static g => (Term: g.Key, Percent: g.SelectMany(static x => x.Entry.DrugPercents).DefaultIfEmpty(double.NaN).Max(), Sources: g.Select(static x => x.Name).Distinct(StringComparer.Ordinal)))
                .OrderByDescending(static x => double.IsNaN(x.Percent) ? -1 : x.Percent)
                .ThenBy(static x => x.Term, StringComparer.OrdinalIgnoreCase)
                .Take(MaxListed)
                .Select(x => new LinkModel(x.Term, SitePaths.Answer(ingredient, x.Term), double.IsNaN(x.Percent)
                    ? "on the label (" + string.Join(", ", x.Sources) + ")"
                    : "up to " + PlainNumbers.PerHundred(x.Percent) + " on the drug (" + string.Join(", ", x.Sources) + ")")));
        }

        var signals = _store.Queries?.Top(new TopRequest(ingredient, null, null, Limit: MaxListed)) is { Succeeded: true } top
            ? top.Value.Rows.Select(r => new LinkModel(r.Event, SitePaths.Answer(ingredient, r.Event), ReportNote(r))).ToList()
            : [];
        return ValueTask.FromResult(PageLookup<DrugPageModel>.Found(new DrugPageModel(char.ToUpperInvariant(drug[0]) + drug[1..], [], uses, effects, signals, ListCaveats)));
    }

    /// <inheritdoc/>
    public ValueTask<PageLookup<EventPageModel>> EventAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var match = FindName(name, isDrug: false, SitePaths.Event);
        if (!match.TryGetPage(out var term))
        {
            return ValueTask.FromResult(PageLookup<EventPageModel>.Missing(match.NotFound!));
        }

        var associated = _store.Queries?.Top(new TopRequest(null, term, null, Limit: MaxListed)) is { Succeeded: true } top
            ? top.Value.Rows.Select(r => new LinkModel(ReadableNames.Of(r.Drug), SitePaths.Answer(r.Drug, term), ReportNote(r))).ToList()
            : [];
        var usedFor = Sources() is { } sources
            ? sources.IngredientsIndicatedFor(term).Take(MaxListed).Select(d => new LinkModel(ReadableNames.Of(d), SitePaths.Answer(d, term))).ToList()
            : [];
        return ValueTask.FromResult(PageLookup<EventPageModel>.Found(new EventPageModel(term, [], associated, usedFor, ListCaveats)));
    }

    /// <summary>How many entries each list on a drug or event page shows.</summary>
    private const int MaxListed = 20;

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

    private EvidenceSources? Sources()
    {
        if (_store.Workspace is not { } workspace)
        {
            return null;
        }

        using var lease = workspace.Acquire();
        return lease.Generation.Sources.TryGetValue(out var sources, out _) ? sources : null;
    }

    /// <summary>The canonical drug or term a page name stands for, or a 404 model with did-you-mean links.</summary>
    private PageLookup<string> FindName(string name, bool isDrug, Func<string, string> href)
    {
        var text = name.Replace('-', ' ').Trim();
        if (_store.Queries is null)
        {
            return PageLookup<string>.Missing(new NotFoundModel(text, "This server has no store to answer from.", []));
        }

        var result = isDrug ? _store.Queries.FindDrug(text) : _store.Queries.FindEvent(text);
        if (result.TryGetValue(out var match, out _) && match is { IsFound: true, Name: { } found })
        {
            return PageLookup<string>.Found(found);
        }

        var suggestions = (match?.Suggestions ?? []).Select(s => new LinkModel(ReadableNames.Of(s), href(s))).ToList();
        var what = isDrug ? "medicine" : "condition";
        return PageLookup<string>.Missing(new NotFoundModel(text, $"No {what} called “{text}” is in the loaded data.", suggestions));
    }

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
    public ValueTask<IReadOnlyList<string>> CompleteAsync(CompletionField field, string prefix, int limit, CancellationToken cancellationToken) =>
        // Completion needs a name index in the application layer; until then the fields work without it.
        ValueTask.FromResult<IReadOnlyList<string>>([]);

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
        var message = char.ToUpperInvariant(error.Message[0]) + error.Message[1..];
        return match?.Kind == NameMatchKind.Ambiguous
            ? PageLookup<AskResponse>.Ambiguous(new ChoicesModel(subject!, $"“{subject}” could mean several things. Which one did you mean?", links))
            : PageLookup<AskResponse>.Missing(new NotFoundModel(subject ?? drug, message, links));
    }

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

        var cause = VerdictLabels.For(evidence.Cause.Level);
        var help = VerdictLabels.For(evidence.Help.Level);

        // The guide's bottom line is two plain sentences (can it cause? does it help?); the label's meaning is only
        // the fallback when an answer carries no guide.
        var bottomLine = guide?.BottomLine ?? [];
        var causeQuestion = $"Can {drug} cause {ReadableNames.InSentence(term)}?";
        var helpQuestion = $"Does {drug} help with {ReadableNames.InSentence(term)}?";
        var causeSentence = bottomLine.Count > 0 ? WithoutQuestion(Read(bottomLine[0]), causeQuestion) : cause.Meaning;
        var helpSentence = bottomLine.Count > 1 ? WithoutQuestion(Read(bottomLine[1]), helpQuestion) : help.Meaning;
        var licences = Licences();
        var blocks = evidence.Cause.Lines.Concat(evidence.Help.Lines).Distinct().Select(line => ToBlock(line, licences, Read)).ToList();
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

        return new AnswerPageModel(
            new QuestionModel(drug, term, readings),
            new VerdictModel(causeQuestion, cause, causeSentence),
            new VerdictModel(helpQuestion, help, helpSentence),
            signs,
            blocks,
            null,
            seeAlso,
            response.Reports is { } reports ? ToAnalyst(reports, Read) : null,
            caveats);
    }

    /// <summary>
    /// A bottom-line sentence without its leading question when that is the question the verdict block already shows as
    /// its heading ("Can mirtazapine cause back pain? Probably not ..." -> "Probably not ...").
    /// </summary>
    private static string WithoutQuestion(string sentence, string question) =>
        sentence.StartsWith(question + " ", StringComparison.OrdinalIgnoreCase) && sentence.Length > question.Length + 1
            ? char.ToUpperInvariant(sentence[question.Length + 1]) + sentence[(question.Length + 2)..]
            : sentence;

    /// <summary>Each loaded source's licence by source name, as <c>causa source list</c> shows it.</summary>
    private Dictionary<string, string> Licences()
    {
        var licences = new Dictionary<string, string>(StringComparer.Ordinal);
        if (_store.Workspace is not { } workspace)
        {
            return licences;
        }

        using var lease = workspace.Acquire();
        if (lease.Generation.Sources.TryGetValue(out var sources, out _))
        {
            foreach (var source in sources.All)
            {
                licences.TryAdd(source.Info.Name, source.Info.Licence);
            }
        }

        return licences;
    }

    private static EvidenceBlock ToBlock(EvidenceLine line, Dictionary<string, string> licences, Func<string, string> read)
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
}
