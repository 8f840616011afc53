using System.Globalization;

namespace Causa.Web;

/// <summary>
/// Names as a patient reads them: FAERS and the label sources write ingredients in capitals ("MIRTAZAPINE"); the pages
/// show them in lower case ("mirtazapine"). Names already in mixed case ("Back pain") are left as they are.
/// </summary>
public static class ReadableNames
{
    /// <summary>The name in lower case when it has no lower-case letter (and at least one letter); else unchanged.</summary>
    /// <param name="name">A drug, class or condition name; may be empty.</param>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Any(char.IsLetter) && !name.Any(char.IsLower) ? name.ToLower(CultureInfo.InvariantCulture) : name;
    }

    /// <summary>
    /// A term as it reads inside a sentence: "Back pain" becomes "back pain"; a term whose second letter is a capital
    /// ("HIV infection") keeps its case.
    /// </summary>
    /// <param name="term">A preferred term or lay word.</param>
    public static string InSentence(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var readable = Of(term);
        return readable.Length > 1 && char.IsUpper(readable[0]) && char.IsLower(readable[1])
            ? char.ToLowerInvariant(readable[0]) + readable[1..]
            : readable;
    }

    /// <summary>
    /// <paramref name="text"/> with every whole-word occurrence of each capitalised name written as <see cref="Of"/> does.
    /// Only names in capitals are replaced, so ordinary words and mixed-case terms are never touched.
    /// </summary>
    /// <param name="text">A sentence from the application layer.</param>
    /// <param name="names">The drug names the sentence may contain.</param>
    public static string InText(string text, params IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names.Where(static n => n.Length > 1 && Of(n) != n).OrderByDescending(static n => n.Length))
        {
            var at = 0;
            while ((at = text.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + name.Length;
                var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (whole)
                {
                    text = string.Concat(text.AsSpan(0, at), Of(name), text.AsSpan(end));
                }

                at = end;
            }
        }

        return text;
    }
}
