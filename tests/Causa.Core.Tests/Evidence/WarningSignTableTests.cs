using Causa.Core.Evidence;
using Causa.Core.Tests.Vocabulary;

namespace Causa.Core.Tests.Evidence;

public sealed class WarningSignTableTests
{
    [Fact]
    public void Every_row_has_a_sign_and_a_named_https_source()
    {
        Assert.NotEmpty(WarningSignTable.All);
        Assert.All(WarningSignTable.All, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Sign));
            Assert.False(string.IsNullOrWhiteSpace(r.Source.Organisation));
            Assert.False(string.IsNullOrWhiteSpace(r.Source.Title));
            Assert.StartsWith("https://", r.Source.Url, StringComparison.Ordinal);
            Assert.True(Uri.TryCreate(r.Source.Url, UriKind.Absolute, out _), r.Source.Url);
        });
    }

    [Fact]
    public void Signs_are_one_short_plain_sentence_and_no_row_is_listed_twice()
    {
        Assert.All(WarningSignTable.All, r =>
        {
            Assert.True(r.Sign.Length <= 260, $"{r.Subject}: {r.Sign.Length} characters");
            Assert.EndsWith(".", r.Sign, StringComparison.Ordinal);
            Assert.True(char.IsUpper(r.Sign[0]), r.Sign);
        });
        var keys = WarningSignTable.All.Select(static r => (r.Subject.ToUpperInvariant(), r.Kind, r.Urgency, r.Sign)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Every_subject_is_a_preferred_term_known_to_Causa_and_spelled_as_the_real_data_spells_it()
    {
        var subjects = WarningSignTable.All.Select(static r => r.Subject).Distinct(StringComparer.Ordinal).ToList();
        var unknown = subjects.Where(static s => !RealPreferredTermSet.KnownToCausa.Contains(s)).ToList();
        var misspelt = subjects.Where(static s => !RealPreferredTermSet.Real.Contains(s)).ToList();
        Assert.Empty(unknown);
        Assert.Empty(misspelt);
    }

    [Fact]
    public void The_table_covers_at_least_60_conditions_and_the_serious_reactions_on_common_labels()
    {
        var conditions = WarningSignTable.All.Where(static r => r.Kind == WarningSignKind.Condition).Select(static r => r.Subject).Distinct().Count();
        Assert.True(conditions >= 60, $"{conditions} conditions");

        string[] reactions =
        [
            "Serotonin syndrome", "Neuroleptic malignant syndrome", "Agranulocytosis", "Neutropenia", "Hyponatraemia",
            "Inappropriate antidiuretic hormone secretion", "Suicidal ideation", "Electrocardiogram QT prolonged", "Torsade de pointes",
            "Tardive dyskinesia", "Gastrointestinal haemorrhage", "Gastric ulcer", "Acute kidney injury", "Myocardial infarction",
            "Cerebrovascular accident", "Respiratory depression", "Overdose", "Drug dependence", "Drug withdrawal syndrome",
            "Rhabdomyolysis", "Myopathy", "Hepatotoxicity", "Angioedema", "Anaphylactic reaction", "Stevens-Johnson syndrome",
            "Priapism", "Angle closure glaucoma", "Haemorrhage", "Hyperglycaemia",
        ];
        var present = WarningSignTable.All.Where(static r => r.Kind == WarningSignKind.Reaction).Select(static r => r.Subject).ToHashSet(StringComparer.Ordinal);
        var missing = reactions.Where(r => !present.Contains(r)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Signs_for_a_subject_come_most_urgent_first_whatever_the_case_of_the_term()
    {
        var back = WarningSignTable.For("back PAIN");
        Assert.True(back.Count >= 3);
        Assert.Equal(WarningUrgency.Emergency, back[0].Urgency);
        Assert.Equal(WarningUrgency.Soon, back[^1].Urgency);
        Assert.True(back.Zip(back.Skip(1)).All(static p => p.First.Urgency <= p.Second.Urgency));
        Assert.All(WarningSignTable.For("Serotonin syndrome"), static r => Assert.Equal(WarningUrgency.Emergency, r.Urgency));
        Assert.Empty(WarningSignTable.For("Sunscreen agent"));
        Assert.Empty(WarningSignTable.For(""));
    }

    [Fact]
    public void Malformed_lines_are_reported_with_their_line_number_and_the_rest_is_read()
    {
        const string text = "# comment\nsubject_pt\tkind\turgency\tsign\tsource_org\tsource_title\tsource_url\n"
            + "Back pain\tcondition\tsoon\tSee a doctor.\tNHS\tBack pain\thttps://www.nhs.uk/conditions/back-pain/\n"
            + "Back pain\tcondition\tlater\tSee a doctor.\tNHS\tBack pain\thttps://www.nhs.uk/conditions/back-pain/\n"
            + "Back pain\tsymptom\tsoon\tSee a doctor.\tNHS\tBack pain\thttps://www.nhs.uk/conditions/back-pain/\n"
            + "Back pain\tcondition\tsoon\tSee a doctor.\tNHS\n";
        var read = WarningSignTable.Parse(new StringReader(text));
        Assert.Single(read.Rows);
        Assert.False(read.IsValid);
        Assert.Collection(
            read.Errors,
            static e => Assert.StartsWith("line 4: urgency 'later'", e, StringComparison.Ordinal),
            static e => Assert.StartsWith("line 5: kind 'symptom'", e, StringComparison.Ordinal),
            static e => Assert.StartsWith("line 6: expected 7", e, StringComparison.Ordinal));
    }
}
