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

        // The canonical names read from the question, so the page answers exactly what was read.
        var drug = response.Evidence.Drug;
        return PageLookup<string>.Found(SitePaths.Answer(drug, term) + "?asDrug=" + Uri.EscapeDataString(drug) + "&asCondition=" + Uri.EscapeDataString(term));
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
    public ValueTask<PageLookup<DrugPageModel>> DrugAsync(string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(PageLookup<DrugPageModel>.Missing(new NotFoundModel(name, "Drug pages are not available on this server yet. Ask a question from the home page.", [])));

    /// <inheritdoc/>
    public ValueTask<PageLookup<EventPageModel>> EventAsync(string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(PageLookup<EventPageModel>.Missing(new NotFoundModel(name, "Condition pages are not available on this server yet. Ask a question from the home page.", [])));

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

    private static AnswerPageModel ToPage(AskResponse response)
    {
        var evidence = response.Evidence;
        var readings = new List<WordReading>();
        if (response.DrugMatch is { Match: { } drugName } dm && !string.Equals(dm.Input, drugName, StringComparison.OrdinalIgnoreCase))
        {
            readings.Add(new WordReading(dm.Input, drugName, dm.Kind.Replace('_', ' ')));
        }

        if (response.EventMatch is { Match: { } term } em && !string.Equals(em.Input, term, StringComparison.OrdinalIgnoreCase))
        {
            readings.Add(new WordReading(em.Input, term, em.Language is null ? em.Kind.Replace('_', ' ') : $"{em.Kind.Replace('_', ' ')}, {em.Language}"));
        }

        var cause = VerdictLabels.For(evidence.Cause.Level);
        var help = VerdictLabels.For(evidence.Help.Level);
        var blocks = evidence.Cause.Lines.Concat(evidence.Help.Lines).Distinct().Select(ToBlock).ToList();
        var caveats = evidence.Caveats.Concat(response.Reports?.Caveats ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (response.ReportsNote is { } note)
        {
            caveats.Insert(0, char.ToUpperInvariant(note[0]) + note[1..] + ".");
        }

        return new AnswerPageModel(
            new QuestionModel(evidence.Drug, evidence.Term, readings),
            new VerdictModel($"Can {evidence.Drug} cause {evidence.Term}?", cause, cause.Meaning),
            new VerdictModel($"Does {evidence.Drug} help with {evidence.Term}?", help, help.Meaning),
            [],
            blocks,
            null,
            [],
            response.Reports is { } reports ? ToAnalyst(reports) : null,
            caveats);
    }

    private static EvidenceBlock ToBlock(EvidenceLine line)
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

        // The line carries a citation, not a licence; the citation names the source's terms (docs/EVIDENCE.md).
        return new EvidenceBlock(line.Source, line.Summary, numbers, null, new SourceInfo(line.Source, line.Period, line.Citation), line.Note ?? "");
    }

    private static AnalystModel ToAnalyst(PairAnswer r)
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

        var notes = new List<string> { r.Verdict };
        if (r.MgpsNote is { } mgps)
        {
            notes.Add(mgps);
        }

        return new AnalystModel(new TwoByTwoModel(r.A, r.B, r.C, r.D), rows, notes, []);
    }
}
