using Causa.Web.Models;

namespace Causa.Web;

/// <summary>
/// Where the site's pages come from. The application layer implements it over a store (mapping its typed responses
/// to the view models in <see cref="Models"/>); <see cref="Sample.SampleAnswerPageSource"/> implements it over fixed
/// example data. The site only renders what it is given: no use-case logic lives in the web project.
/// </summary>
/// <remarks>
/// Every string in a view model is data and is HTML-encoded when rendered. Unknown or ambiguous names are
/// <see cref="PageLookup{T}"/> values, never exceptions; an exception becomes a 500 page without details.
/// Implementations must be safe to call from many requests at once.
/// </remarks>
public interface IAnswerPageSource
{
    /// <summary>The home page's examples and first completions.</summary>
    ValueTask<HomePageModel> HomeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Reads a question (a whole question, or a drug and a condition) and returns the site-relative path of its
    /// canonical answer page (<see cref="SitePaths.Answer"/>, optionally with the typed words as a query so the page
    /// can show how they were read), or a not-found or choices page.
    /// </summary>
    ValueTask<PageLookup<string>> AskAsync(AskQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// The answer page for the drug and condition of an address (<c>/{drug}/{condition}</c>, slugs already
    /// URL-decoded). A page whose names have other slugs than the address is redirected to its canonical address.
    /// </summary>
    ValueTask<PageLookup<AnswerPageModel>> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken);

    /// <summary>The drug page for a name (<c>/drugs/{name}</c>, URL-decoded).</summary>
    ValueTask<PageLookup<DrugPageModel>> DrugAsync(string name, CancellationToken cancellationToken);

    /// <summary>The event page for a name (<c>/events/{name}</c>, URL-decoded).</summary>
    ValueTask<PageLookup<EventPageModel>> EventAsync(string name, CancellationToken cancellationToken);

    /// <summary>The drug page reached from a question's words (<c>/drugs/{name}?as=remeron</c>): as
    /// <see cref="DrugAsync(string, CancellationToken)"/>, and the words are shown as another name of the drug when they
    /// read as it; other words are ignored.</summary>
    ValueTask<PageLookup<DrugPageModel>> DrugAsync(string name, string? asTyped, CancellationToken cancellationToken) => DrugAsync(name, cancellationToken);

    /// <summary>The event page reached from a question's words (<c>/events/{name}?as=hair+loss</c>), as
    /// <see cref="DrugAsync(string, string, CancellationToken)"/> is for a drug.</summary>
    ValueTask<PageLookup<EventPageModel>> EventAsync(string name, string? asTyped, CancellationToken cancellationToken) => EventAsync(name, cancellationToken);

    /// <summary>The case page for a FAERS case id, or null when the store has no such case.</summary>
    ValueTask<CasePageModel?> CaseAsync(string caseId, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> names starting with (or close to) <paramref name="prefix"/> for a field's
    /// completion list, best first, each with what it is and means; empty when nothing matches.
    /// </summary>
    ValueTask<IReadOnlyList<CompletionModel>> CompleteAsync(CompletionField field, string prefix, int limit, CancellationToken cancellationToken);
}
