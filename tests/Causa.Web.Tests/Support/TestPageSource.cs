using Causa.Web.Models;
using Causa.Web.Sample;

namespace Causa.Web.Tests.Support;

/// <summary>
/// The sample pages plus hostile ones: the drug slug <c>hostile</c> gives an answer page whose every name, reading,
/// link text and source carries script and attribute injections; the drug slug <c>boom</c> throws, as a broken
/// application layer would; completion for the prefix <c>boom</c> throws too.
/// </summary>
internal sealed class TestPageSource : IAnswerPageSource
{
    private readonly SampleAnswerPageSource _sample = new();

    public ValueTask<HomePageModel> HomeAsync(CancellationToken cancellationToken) => _sample.HomeAsync(cancellationToken);

    public ValueTask<PageLookup<string>> AskAsync(AskQuery query, CancellationToken cancellationToken) => _sample.AskAsync(query, cancellationToken);

    public ValueTask<PageLookup<AnswerPageModel>> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        if (request.Drug == "boom")
        {
            throw new InvalidOperationException("secret-internal-detail: the store exploded");
        }

        if (request.Drug == "hostile" || request.Drug == SitePaths.Slug(Hostile.DrugName))
        {
            var page = SamplePages.Answer(
                Hostile.DrugName,
                Hostile.ConditionName,
                [new WordReading(Hostile.Script, Hostile.DrugName, Hostile.Attribute)],
                sourceName: Hostile.Attribute + " source");
            return ValueTask.FromResult(PageLookup<AnswerPageModel>.Found(page));
        }

        if (request.Drug == "unknown-hostile")
        {
            return ValueTask.FromResult(PageLookup<AnswerPageModel>.Missing(new NotFoundModel(
                Hostile.Script,
                "Causa does not know " + Hostile.Script,
                [new LinkModel(Hostile.Attribute, SitePaths.Answer(Hostile.Attribute, "x"), Hostile.Script)])));
        }

        return _sample.AnswerAsync(request, cancellationToken);
    }

    public ValueTask<PageLookup<DrugPageModel>> DrugAsync(string name, CancellationToken cancellationToken) => _sample.DrugAsync(name, cancellationToken);

    public ValueTask<PageLookup<EventPageModel>> EventAsync(string name, CancellationToken cancellationToken) => _sample.EventAsync(name, cancellationToken);

    public ValueTask<CasePageModel?> CaseAsync(string caseId, CancellationToken cancellationToken) => _sample.CaseAsync(caseId, cancellationToken);

    public ValueTask<IReadOnlyList<CompletionModel>> CompleteAsync(CompletionField field, string prefix, int limit, CancellationToken cancellationToken) =>
        prefix == "boom" ? throw new InvalidOperationException("secret-internal-detail: completion exploded") : _sample.CompleteAsync(field, prefix, limit, cancellationToken);
}
