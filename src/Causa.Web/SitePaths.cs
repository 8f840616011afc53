using System.Text;

namespace Causa.Web;

/// <summary>
/// Builds the site's addresses from display names. Every segment is escaped, so a name can never break out of its
/// path segment or form a scheme (<c>javascript:</c>): every address built here starts with a single <c>/</c>.
/// </summary>
public static class SitePaths
{
    /// <summary>The address of the answer page: <c>/{drug}/{condition}</c> ("/mirtazapine/back-pain").</summary>
    public static string Answer(string drug, string condition) => "/" + Segment(drug) + "/" + Segment(condition);

    /// <summary>The address of a drug page: <c>/drugs/{name}</c>.</summary>
    public static string Drug(string name) => "/drugs/" + Segment(name);

    /// <summary>The address of an event page: <c>/events/{name}</c>.</summary>
    public static string Event(string name) => "/events/" + Segment(name);

    /// <summary>The address of a case page: <c>/cases/{caseid}</c>.</summary>
    public static string Case(string caseId) => "/cases/" + Segment(caseId);

    /// <summary>The article checker's page: <c>/check</c>.</summary>
    public const string CheckPage = "/check";

    /// <summary>The article checker's API: <c>/api/v1/check</c>.</summary>
    public const string CheckApi = "/api/v1/check";

    /// <summary>True for the article checker's page or API address (any case, without a trailing segment).</summary>
    public static bool IsCheck(PathString path) =>
        path.Equals(CheckPage, StringComparison.OrdinalIgnoreCase) || path.Equals(CheckApi, StringComparison.OrdinalIgnoreCase);

    /// <summary>The address that reads a whole question: <c>/ask?q=…</c>.</summary>
    public static string Ask(string question) => "/ask?q=" + Uri.EscapeDataString(question);

    /// <summary>
    /// The readable slug of a name, before escaping: lower case (invariant), runs of white space as one <c>-</c>,
    /// trimmed ("Back pain" → "back-pain"). Other characters are kept and escaped by <see cref="Segment"/>.
    /// </summary>
    public static string Slug(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        var pendingDash = false;
        foreach (var c in name.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                pendingDash = true;
                continue;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>A name as one escaped path segment (an empty name gives <c>-</c>, so no segment is empty).</summary>
    public static string Segment(string name)
    {
        var slug = Slug(name);
        return slug.Length == 0 ? "-" : Uri.EscapeDataString(slug);
    }

    /// <summary>
    /// True when <paramref name="path"/> is safe to redirect to: site-relative, starting with one <c>/</c> (not
    /// <c>//</c> or <c>/\</c>, which browsers read as another host), without control characters.
    /// </summary>
    public static bool IsLocal(string? path) =>
        path is { Length: > 0 } && path[0] == '/'
        && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Any(char.IsControl);
}
