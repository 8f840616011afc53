using Causa.Web.Models;

namespace Causa.Web.Sample;

/// <summary>
/// A page source over fixed sample data (<see cref="SamplePages"/>), for the preview host and the tests. It reads
/// a few names the way the application layer will (a brand, a Dutch lay word, an ambiguous word, a misspelling), so
/// every page and redirect can be seen before a store is attached. Thread-safe: it holds no mutable state.
/// </summary>
public sealed class SampleAnswerPageSource : IAnswerPageSource
{
    // typed word -> (name, how it was read); the canonical names map to themselves with no reading to show.
    private static readonly Dictionary<string, (string Name, string? How)> Drugs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mirtazapine"] = ("mirtazapine", null),
        ["remeron"] = ("mirtazapine", "brand name"),
        ["trazodone"] = ("trazodone", null),
        ["desyrel"] = ("trazodone", "brand name"),
    };

    private static readonly Dictionary<string, (string Name, string? How)> Conditions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["back pain"] = ("back pain", null),
        ["back-pain"] = ("back pain", null),
        ["backache"] = ("back pain", "lay word"),
        ["rugpijn"] = ("back pain", "Dutch"),
        ["weight gain"] = ("weight gain", null),
        ["weight-gain"] = ("weight gain", null),
        ["drowsiness"] = ("drowsiness", null),
        ["insomnia"] = ("insomnia", null),
        ["depression"] = ("depression", null),
    };

    private static readonly string[] AmbiguousPain = ["back pain", "headache", "joint pain"];

    /// <inheritdoc/>
    public ValueTask<HomePageModel> HomeAsync(CancellationToken cancellationToken) => ValueTask.FromResult(new HomePageModel(
        [new ExampleQuestion("does remeron cause back pain?"), new ExampleQuestion("trazodone for back pain"), new ExampleQuestion("mirtazapine rugpijn")],
        ["mirtazapine", "Remeron", "trazodone", "Desyrel"],
        ["back pain", "backache", "rugpijn", "weight gain", "drowsiness", "insomnia"],
        "Sample data for the page layout: not real answers."));

    /// <inheritdoc/>
    public ValueTask<PageLookup<string>> AskAsync(AskQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (drugWord, conditionWord) = query.Question is { } question ? Split(question) : (query.Drug, query.Condition);
        var result = Read(drugWord, conditionWord, out var drug, out var condition);
        if (result is not null)
        {
            return ValueTask.FromResult(result.Outcome == LookupOutcome.Ambiguous
                ? PageLookup<string>.Ambiguous(result.Choices!)
                : PageLookup<string>.Missing(result.NotFound!));
        }

        var path = SitePaths.Answer(drug!, condition!) + (query.Question is { } q
            ? "?q=" + Uri.EscapeDataString(q)
            : "?asDrug=" + Uri.EscapeDataString(query.Drug ?? "") + "&asCondition=" + Uri.EscapeDataString(query.Condition ?? ""));
        return ValueTask.FromResult(PageLookup<string>.Found(path));
    }

    /// <inheritdoc/>
    public ValueTask<PageLookup<AnswerPageModel>> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = Read(request.Drug, request.Condition.Replace('-', ' '), out var drug, out var condition);
        if (result is not null)
        {
            return ValueTask.FromResult(result);
        }

        var readings = new List<WordReading>();
        if (request.AsTyped is { } typed)
        {
            var (typedDrug, typedCondition) = typed.Question is { } q ? Split(q) : (typed.Drug, typed.Condition);
            AddReading(readings, typedDrug, Drugs);
            AddReading(readings, typedCondition, Conditions);
        }

        return ValueTask.FromResult(PageLookup<AnswerPageModel>.Found(SamplePages.Answer(drug!, condition!, readings)));
    }

    /// <inheritdoc/>
    public ValueTask<PageLookup<DrugPageModel>> DrugAsync(string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Drugs.TryGetValue(name, out var drug)
            ? PageLookup<DrugPageModel>.Found(SamplePages.DrugPage(drug.Name))
            : PageLookup<DrugPageModel>.Missing(Unknown(name, "drug", Drugs.Keys, SitePaths.Drug)));

    /// <inheritdoc/>
    public ValueTask<PageLookup<EventPageModel>> EventAsync(string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Conditions.TryGetValue(name.Replace('-', ' '), out var condition)
            ? PageLookup<EventPageModel>.Found(SamplePages.EventPage(condition.Name))
            : PageLookup<EventPageModel>.Missing(Unknown(name, "condition", Conditions.Keys, SitePaths.Event)));

    /// <inheritdoc/>
    public ValueTask<CasePageModel?> CaseAsync(string caseId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(caseId == "10231642" ? SamplePages.CasePage(caseId, "mirtazapine") : null);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<CompletionModel>> CompleteAsync(CompletionField field, string prefix, int limit, CancellationToken cancellationToken)
    {
        var names = field == CompletionField.Drug ? Drugs : Conditions.Where(static k => !k.Key.Contains('-', StringComparison.Ordinal));
        IReadOnlyList<CompletionModel> found = [.. names
            .Where(n => n.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .OrderBy(static n => n.Key, StringComparer.Ordinal)
            .Take(limit)
            .Select(n => new CompletionModel(
                n.Key,
                field == CompletionField.Drug ? (n.Value.How is null ? "ingredient" : "brand") : (n.Value.How is null ? "term" : "lay_word"),
                n.Value.How is null ? null : n.Value.Name,
                null))];
        return ValueTask.FromResult(found);
    }

    private static PageLookup<AnswerPageModel>? Read(string? drugWord, string? conditionWord, out string? drug, out string? condition)
    {
        drug = null;
        condition = null;
        if (string.IsNullOrWhiteSpace(drugWord) || !Drugs.TryGetValue(drugWord.Trim(), out var d))
        {
            return PageLookup<AnswerPageModel>.Missing(Unknown(drugWord ?? "", "drug", Drugs.Keys, n => SitePaths.Drug(n)));
        }

        drug = d.Name;
        var conditionText = conditionWord?.Trim() ?? "";
        if (string.Equals(conditionText, "pain", StringComparison.OrdinalIgnoreCase))
        {
            var name = drug;
            return PageLookup<AnswerPageModel>.Ambiguous(new ChoicesModel(
                conditionText,
                "“pain” can mean several things. Which did you mean?",
                [.. AmbiguousPain.Select(p => new LinkModel(p, SitePaths.Answer(name, p), "a kind of pain"))]));
        }

        if (!Conditions.TryGetValue(conditionText, out var c))
        {
            var name = drug;
            return PageLookup<AnswerPageModel>.Missing(Unknown(conditionText, "condition", Conditions.Keys.Where(static k => !k.Contains('-', StringComparison.Ordinal)), n => SitePaths.Answer(name, n)));
        }

        condition = c.Name;
        return null;
    }

    // The sample reads "<drug> <condition words>" with a few filler words removed: enough for the examples.
    private static (string? Drug, string? Condition) Split(string question)
    {
        string[] filler = ["does", "do", "can", "cause", "causes", "for", "help", "with", "and", "is", "good"];
        var words = question.Trim().TrimEnd('?').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !filler.Contains(w, StringComparer.OrdinalIgnoreCase)).ToList();
        var drugIndex = words.FindIndex(w => Drugs.ContainsKey(w));
        if (drugIndex < 0)
        {
            return (words.FirstOrDefault(), string.Join(' ', words.Skip(1)));
        }

        var drug = words[drugIndex];
        words.RemoveAt(drugIndex);
        return (drug, string.Join(' ', words));
    }

    private static void AddReading(List<WordReading> readings, string? typed, Dictionary<string, (string Name, string? How)> table)
    {
        if (typed is not null && table.TryGetValue(typed.Trim(), out var entry) && entry.How is not null)
        {
            readings.Add(new WordReading(typed.Trim(), entry.Name, entry.How));
        }
    }

    private static NotFoundModel Unknown(string typed, string kind, IEnumerable<string> known, Func<string, string> href)
    {
        var near = known
            .Select(k => (Name: k, Distance: Distance(typed.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(static x => x.Distance <= 3)
            .OrderBy(static x => x.Distance)
            .Take(3)
            .Select(x => new LinkModel(x.Name, href(x.Name)))
            .ToList();
        var message = typed.Length == 0 ? $"No {kind} was given." : $"Causa does not know a {kind} called “{typed}”.";
        return new NotFoundModel(typed, message, near);
    }

    // Plain Levenshtein distance; the sample's name lists are tiny.
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
