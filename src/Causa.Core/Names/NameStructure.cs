namespace Causa.Core.Names;

/// <summary>
/// The structure of a verbatim drug name: bracketed groups (<c>BRAND (INGREDIENT)</c>, <c>NAME [CODED INGREDIENT]</c>) and
/// FAERS's <c>//</c> between a local name and its ingredient, and the names a reported pair can teach.
/// </summary>
/// <remarks>Pure; thread-safe.</remarks>
public static class NameStructure
{
    /// <summary>
    /// The text outside brackets and the content of each <c>()</c> or <c>[]</c> group; an unclosed group runs to the end
    /// (FAERS cuts long names: "M.V.I. (ERGOCALCIFEROL, ASCORBIC ACID, TOCOP").
    /// </summary>
    /// <param name="text">A verbatim name.</param>
    /// <returns>The outside text (each group replaced by a space) and the groups in order; no groups when there are no brackets.</returns>
    public static (string Outside, List<string> Groups) SplitBrackets(string text)
    {
        var outside = new System.Text.StringBuilder(text.Length);
        var groups = new List<string>();
        var group = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[')
            {
                if (depth == 0)
                {
                    group.Clear();
                }
                else
                {
                    group.Append(' ');
                }

                depth++;
                outside.Append(' ');
                continue;
            }

            if (c is ')' or ']' && depth > 0)
            {
                depth--;
                if (depth == 0)
                {
                    groups.Add(group.ToString());
                }
                else
                {
                    group.Append(' ');
                }

                continue;
            }

            (depth > 0 ? group : outside).Append(c);
        }

        if (depth > 0 && group.Length > 0)
        {
            groups.Add(group.ToString());
        }

        return (outside.ToString(), groups);
    }

    /// <summary>
    /// The names a FAERS <c>drugname</c> reported with <c>prod_ai</c> teaches: itself, and the product name it carries
    /// beside its ingredient — the text outside brackets when the brackets name the reported ingredients or nothing but
    /// noise ("LASILIX [FUROSEMIDE]" and "MIXOL (CAPLET)" teach LASILIX and MIXOL; "ATG (RABBIT)" teaches nothing more,
    /// since RABBIT says which product it is), and the other side of <c>//</c> when one side names the ingredients
    /// ("SOLUPRED//PREDNISOLONE" teaches SOLUPRED). Every form then needs the same majority of rows as any learned name.
    /// </summary>
    /// <param name="drugName">A verbatim name; blank gives nothing.</param>
    /// <param name="prodAi">The ingredients FDA coded for the row.</param>
    /// <returns>Distinct verbatim forms, the name itself first.</returns>
    public static IReadOnlyList<string> LearnedForms(string? drugName, string? prodAi)
    {
        if (string.IsNullOrWhiteSpace(drugName))
        {
            return [];
        }

        var forms = new List<string>(3) { drugName };
        if (string.IsNullOrWhiteSpace(prodAi) ||
            (!drugName.Contains("//", StringComparison.Ordinal) && drugName.AsSpan().IndexOfAny('(', '[') < 0))
        {
            // Most names have neither a second side nor brackets: nothing else to learn, and no need to clean prod_ai.
            return forms;
        }

        // First words of the coded ingredients: "PREDNISOLONE METASULFOBENZOATE" and "PREDNISOLONE METAZOATE" agree.
        var coded = DrugNameCleaner.CleanIngredients(prodAi).Select(FirstWord).ToHashSet(StringComparer.Ordinal);
        bool NamesIngredients(string text)
        {
            var parts = DrugNameCleaner.SplitClean(text);
            return parts.Count > 0 && parts.All(p => coded.Contains(FirstWord(p)));
        }

        if (drugName.Contains("//", StringComparison.Ordinal))
        {
            var sides = drugName.Split("//", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (sides.Length == 2 && NamesIngredients(sides[1]))
            {
                AddSingle(forms, sides[0]);
            }
            else if (sides.Length == 2 && NamesIngredients(sides[0]))
            {
                AddSingle(forms, sides[1]);
            }
        }
        else if (drugName.AsSpan().IndexOfAny('(', '[') >= 0)
        {
            var (outside, groups) = SplitBrackets(drugName);
            if (groups.All(g => DrugNameCleaner.SplitClean(g).Count == 0 || NamesIngredients(g)))
            {
                AddSingle(forms, outside);
            }
        }

        return forms;
    }

    private static string FirstWord(string cleaned)
    {
        var space = cleaned.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? cleaned : cleaned[..space];
    }

    // Only a form that cleans to one name (not a combination, not noise alone) is worth learning on its own.
    private static void AddSingle(List<string> forms, string form)
    {
        var cleaned = DrugNameCleaner.SplitClean(form);
        if (cleaned.Count == 1 && !NonDrugNames.IsNonDrug(cleaned[0]) && !forms.Contains(form, StringComparer.Ordinal))
        {
            forms.Add(form);
        }
    }
}
