using Causa.Core.Names;
using Causa.Core.Vocabulary;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Vocabulary;

public sealed class ClassWordTableTests
{
    /// <summary>DrugCentral 2016 pharm_class.tsv: (class name, type) pairs and every drug name it or identifiers.tsv writes.</summary>
    private static readonly Lazy<(HashSet<(string Class, string Type)> Classes, HashSet<string> Drugs)> DrugCentral = new(() =>
    {
        var classes = new HashSet<(string, string)>();
        var drugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(TestData.PathOf("drugnames", "drugcentral_2016", "pharm_class.tsv")).Skip(1))
        {
            // DRUG_ID, DRUG_NAME, TYPE, CLASS_SOURCE_ID, CLASS, SOURCE
            var f = line.Split('\t');
            classes.Add((f[4], f[2]));
            drugs.Add(f[1]);
        }

        foreach (var line in File.ReadLines(TestData.PathOf("drugnames", "drugcentral_2016", "identifiers.tsv")).Skip(1))
        {
            drugs.Add(line.Split('\t')[1].Trim('"'));
        }

        return (classes, drugs);
    });

    [Fact]
    public void Every_DrugCentral_class_named_exists_in_pharm_class_with_that_name_and_type()
    {
        var rows = ClassWordTable.Definitions.Where(static d => d.Kind == ClassDefinitionKind.DrugCentral).ToList();
        Assert.True(rows.Count >= 30, $"{rows.Count} DrugCentral rows");
        Assert.Empty(rows.Where(static d => !DrugCentral.Value.Classes.Contains((d.DrugCentralClass!, d.ClassType))).Select(static d => $"{d.DrugCentralClass} ({d.ClassType})"));
    }

    [Fact]
    public void Every_listed_member_is_an_ingredient_as_DrugCentral_writes_it()
    {
        var members = ClassWordTable.Definitions.SelectMany(static d => d.Members).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(members.Count >= 50, $"{members.Count} members");
        var unknown = members.Where(static m => !DrugCentral.Value.Drugs.Contains(m)).ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_class_has_a_source_and_words_in_all_five_languages_and_every_word_points_to_a_defined_class()
    {
        var keys = ClassWordTable.Definitions.Select(static d => d.ClassKey).ToHashSet(StringComparer.Ordinal);
        Assert.True(keys.Count >= 30, $"{keys.Count} classes");
        Assert.All(ClassWordTable.Definitions, static d => Assert.StartsWith("https://", d.Source.Url, StringComparison.Ordinal));
        var undefined = ClassWordTable.Words.Where(w => !keys.Contains(w.ClassKey)).ToList();
        Assert.Empty(undefined);
        foreach (var key in keys)
        {
            var languages = ClassWordTable.Words.Where(w => w.ClassKey == key).Select(static w => w.Language).ToHashSet();
            Assert.True(LayTermLexicon.Languages.All(languages.Contains), $"{key} lacks " + string.Join(",", LayTermLexicon.Languages.Except(languages)));
            Assert.True(ClassWordTable.DefinitionsOf(key).Select(static d => d.DisplayName).Distinct().Count() == 1, key);
        }
    }

    [Fact]
    public void No_word_names_two_classes_and_no_word_is_listed_twice_in_a_language()
    {
        var byFolded = ClassWordTable.Words.GroupBy(static w => TermText.Normalize(w.Word), StringComparer.Ordinal);
        Assert.Empty(byFolded.Where(static g => g.Select(static w => w.ClassKey).Distinct().Count() > 1).Select(static g => g.Key));
        Assert.Empty(byFolded.Where(static g => g.GroupBy(static w => w.Language).Any(static l => l.Count() > 1)).Select(static g => g.Key));
    }

    [Theory]
    [InlineData("SSRI's", "ssri")]
    [InlineData("SSRIs", "ssri")]
    [InlineData("statines", "statins")]
    [InlineData("Statine", "statins")]
    [InlineData("bêtabloquants", "beta_blockers")]
    [InlineData("BETA-BLOCKERS", "beta_blockers")]
    [InlineData("antidepresivos", "antidepressants")]
    [InlineData("ontstekingsremmers", "nsaids")]
    [InlineData("Z-drugs", "z_drugs")]
    [InlineData("sleeping pills", "hypnotics")]
    public void Whole_phrases_in_any_language_find_their_class(string phrase, string expected) =>
        Assert.Equal(expected, ClassWordTable.Find(phrase));

    [Theory]
    [InlineData("")]
    [InlineData("food")]
    [InlineData("Food Additives")]
    [InlineData("stat")]
    [InlineData("anti")]
    [InlineData("beta")]
    [InlineData("inhibitors")]
    [InlineData("statins for pain")]
    public void Parts_of_words_and_longer_phrases_find_nothing(string phrase) => Assert.Null(ClassWordTable.Find(phrase));

    [Fact]
    public void No_DrugCentral_class_name_finds_a_class_unless_the_table_lists_that_very_phrase()
    {
        // A matcher that used prefixes or substrings would map "Food Additives" or "Antidepressive Agents, Second-Generation"
        // to some class; whole-phrase matching maps only the listed words.
        var listed = ClassWordTable.Words.Select(static w => TermText.Normalize(w.Word)).ToHashSet(StringComparer.Ordinal);
        var names = DrugCentral.Value.Classes.Select(static c => c.Class).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(names.Count > 1_000, $"{names.Count} class names");
        var accidental = names.Where(n => !listed.Contains(TermText.Normalize(n)) && ClassWordTable.Find(n) is not null).ToList();
        Assert.Empty(accidental);
    }

    [Fact]
    public void Malformed_definition_lines_are_reported_and_members_are_split_on_commas()
    {
        const string text = "class_key\tdisplay_name\tdefinition\tvalue\tclass_type\tsource_org\tsource_title\tsource_url\n"
            + "ssri\tSSRIs\tmembers\tcitalopram, sertraline\tN06AB\tWHO\tATC\thttps://atcddd.fhi.no/\n"
            + "ssri\tSSRIs\tguess\tx\tN06AB\tWHO\tATC\thttps://atcddd.fhi.no/\n"
            + "ssri\tSSRIs\tmembers\n";
        var read = ClassWordTable.ParseDefinitions(new StringReader(text));
        Assert.Equal(["citalopram", "sertraline"], read.Rows.Single().Members);
        Assert.Equal(2, read.Errors.Count);
        Assert.StartsWith("line 3: definition 'guess'", read.Errors[0], StringComparison.Ordinal);
        Assert.StartsWith("line 4:", read.Errors[1], StringComparison.Ordinal);
    }
}
