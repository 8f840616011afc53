using System.Text.Json;
using Causa.Checking;
using Causa.Core.Verdicts;

namespace Causa.Checking.Tests.Checking;

public sealed class ClaimRatingTests
{
    private sealed class FixedVerdicts(ClaimVerdicts verdicts) : IClaimVerdictSource
    {
        public int Calls { get; private set; }

        public ClaimVerdicts Assess(ClaimSubject subject, string condition)
        {
            Calls++;
            return verdicts;
        }
    }

    // The table of docs/CHECKER.md, written out by hand.
    [Theory]
    [InlineData(ClaimRelation.Causes, ClaimPolarity.Asserted, CauseVerdict.Established, ClaimAssessment.Supported)]
    [InlineData(ClaimRelation.Causes, ClaimPolarity.Asserted, CauseVerdict.Possible, ClaimAssessment.Supported)]
    [InlineData(ClaimRelation.Causes, ClaimPolarity.Asserted, CauseVerdict.Weak, ClaimAssessment.Unsupported)]
    [InlineData(ClaimRelation.Causes, ClaimPolarity.Asserted, CauseVerdict.NoneFound, ClaimAssessment.Unsupported)]
    [InlineData(ClaimRelation.Causes, ClaimPolarity.Asserted, CauseVerdict.InsufficientData, ClaimAssessment.NotAssessable)]
    [InlineData(ClaimRelation.Causes, ClaimPolarity.Negated, CauseVerdict.Established, ClaimAssessment.Contradicted)]
    [InlineData(ClaimRelation.Causes, ClaimPolarity.Negated, CauseVerdict.Possible, ClaimAssessment.Contradicted)]
    [InlineData(ClaimRelation.Causes, ClaimPolarity.Negated, CauseVerdict.Weak, ClaimAssessment.Unsupported)]
    [InlineData(ClaimRelation.Causes, ClaimPolarity.Negated, CauseVerdict.NoneFound, ClaimAssessment.Supported)]
    [InlineData(ClaimRelation.Causes, ClaimPolarity.Negated, CauseVerdict.InsufficientData, ClaimAssessment.NotAssessable)]
    public void Cause_claims_follow_the_table(ClaimRelation relation, ClaimPolarity polarity, CauseVerdict verdict, ClaimAssessment expected) =>
        Assert.Equal(expected, ClaimRating.Assess(relation, polarity, new ClaimVerdicts(verdict, null, [])));

    [Theory]
    [InlineData(ClaimPolarity.Asserted, HelpVerdict.Approved, ClaimAssessment.Supported)]
    [InlineData(ClaimPolarity.Asserted, HelpVerdict.OffLabel, ClaimAssessment.Supported)]
    [InlineData(ClaimPolarity.Asserted, HelpVerdict.ReportedUse, ClaimAssessment.Unsupported)]
    [InlineData(ClaimPolarity.Asserted, HelpVerdict.NoneFound, ClaimAssessment.Unsupported)]
    [InlineData(ClaimPolarity.Negated, HelpVerdict.Approved, ClaimAssessment.Contradicted)]
    [InlineData(ClaimPolarity.Negated, HelpVerdict.OffLabel, ClaimAssessment.Unsupported)]
    [InlineData(ClaimPolarity.Negated, HelpVerdict.NoneFound, ClaimAssessment.Unsupported)]
    public void Treat_claims_follow_the_table(ClaimPolarity polarity, HelpVerdict verdict, ClaimAssessment expected) =>
        Assert.Equal(expected, ClaimRating.Assess(ClaimRelation.Treats, polarity, new ClaimVerdicts(null, verdict, [])));

    // A class claim whose members differ is rated by what most of its rateable members would get on their own.
    [Fact]
    public void A_mixed_class_claim_takes_the_rating_most_members_would_get()
    {
        // 3 of 4 rateable members back "causes" (insufficient-data members are left out): supported.
        var mostly = new ClaimVerdicts(null, null, [])
        {
            CauseMixed = true,
            CauseMembers = [CauseVerdict.Established, CauseVerdict.Possible, CauseVerdict.Possible, CauseVerdict.Weak, CauseVerdict.InsufficientData, null],
        };
        Assert.Equal(ClaimAssessment.Supported, ClaimRating.Assess(ClaimRelation.Causes, ClaimPolarity.Asserted, mostly));
        Assert.Equal(ClaimAssessment.Contradicted, ClaimRating.Assess(ClaimRelation.Causes, ClaimPolarity.Negated, mostly));
        Assert.Equal((ClaimAssessment.Supported, 3, 4), ClaimRating.MemberMajority(ClaimRelation.Causes, ClaimPolarity.Asserted, mostly));

        // 2 of 4 is not more than half: not supported.
        var split = new ClaimVerdicts(null, null, []) { CauseMixed = true, CauseMembers = [CauseVerdict.Established, CauseVerdict.Possible, CauseVerdict.Weak, CauseVerdict.NoneFound] };
        Assert.Equal(ClaimAssessment.Unsupported, ClaimRating.Assess(ClaimRelation.Causes, ClaimPolarity.Asserted, split));

        // Help: 2 approved and 1 off-label of 4 → supported; a denial of it is contradicted only by the approved ones (2 of 4).
        var help = new ClaimVerdicts(null, null, []) { HelpMixed = true, HelpMembers = [HelpVerdict.Approved, HelpVerdict.Approved, HelpVerdict.OffLabel, HelpVerdict.NoneFound] };
        Assert.Equal(ClaimAssessment.Supported, ClaimRating.Assess(ClaimRelation.Treats, ClaimPolarity.Asserted, help));
        Assert.Equal(ClaimAssessment.Unsupported, ClaimRating.Assess(ClaimRelation.Treats, ClaimPolarity.Negated, help));

        // Without member verdicts a mixed class stays unsupported.
        Assert.Equal(ClaimAssessment.Unsupported, ClaimRating.Assess(ClaimRelation.Causes, ClaimPolarity.Asserted, new ClaimVerdicts(null, null, []) { CauseMixed = true }));
    }

    [Fact]
    public void A_mixed_class_claim_keeps_the_word_mixed_and_says_how_its_members_decided()
    {
        var source = new FixedVerdicts(new ClaimVerdicts(null, null, [])
        {
            CauseMixed = true,
            CauseMembers = [CauseVerdict.Established, CauseVerdict.Possible, CauseVerdict.Weak],
            CauseEvidence = ["can it cause it? established: 1 of 3 members (A)"],
        });

        var claim = Assert.Single(TestChecker.Check("Statins can cause muscle pain.", verdicts: source).Claims);

        Assert.Equal("mixed", claim.Verdict);
        Assert.Equal(ClaimAssessment.Supported, claim.Assessment);
        Assert.Equal(["Class members differ: 2 of the 3 members the sources can rate would each be supported.", "can it cause it? established: 1 of 3 members (A)"], claim.Evidence);
    }

    [Fact]
    public void A_missing_verdict_is_not_assessable()
    {
        Assert.Equal(ClaimAssessment.NotAssessable, ClaimRating.Assess(ClaimRelation.Causes, ClaimPolarity.Asserted, ClaimVerdicts.None));
        Assert.Equal(ClaimAssessment.NotAssessable, ClaimRating.Assess(ClaimRelation.Treats, ClaimPolarity.Negated, ClaimVerdicts.None));
    }

    [Fact]
    public void Verdicts_are_asked_once_per_drug_and_condition_and_counted_in_the_summary()
    {
        var source = new FixedVerdicts(new ClaimVerdicts(CauseVerdict.Established, HelpVerdict.NoneFound, ["label: listed"]));

        var check = TestChecker.Check("Sertraline can cause nausea. Sertraline is used to treat nausea. Sertraline can cause headache.", verdicts: source);

        Assert.Equal(3, check.Summary.Claims);
        Assert.Equal(2, source.Calls);
        Assert.Equal(2, check.Summary.Supported);
        Assert.Equal(1, check.Summary.Unsupported);
        Assert.Equal(2, check.Summary.Causes);
        Assert.Equal(1, check.Summary.Treats);
        var contradiction = Assert.Single(check.Summary.SelfContradictions);
        Assert.Equal(("SERTRALINE", "Nausea", "cause-and-treat"), (contradiction.Drug, contradiction.Condition, contradiction.Kind));
        Assert.Equal("established", check.Claims.First(c => c.Relation == ClaimRelation.Causes).Verdict);
        Assert.Equal(["label: listed"], check.Claims[0].Evidence);
    }

    [Fact]
    public void Stating_and_denying_the_same_claim_is_a_self_contradiction()
    {
        var check = TestChecker.Check("Gabapentin can cause headache. Gabapentin does not cause headache.");

        Assert.Equal("asserted-and-negated", Assert.Single(check.Summary.SelfContradictions).Kind);
    }

    [Fact]
    public void The_json_has_snake_case_names_and_the_documented_words()
    {
        var check = TestChecker.Check("Sertraline is not approved for insomnia.");
        using var json = JsonDocument.Parse(CheckJson.Serialize(check));

        var claim = json.RootElement.GetProperty("claims")[0];
        Assert.Equal("SERTRALINE", claim.GetProperty("drug").GetString());
        Assert.False(claim.GetProperty("is_class").GetBoolean());
        Assert.Equal("treats", claim.GetProperty("relation").GetString());
        Assert.Equal("negated", claim.GetProperty("polarity").GetString());
        Assert.Equal("not-assessable", claim.GetProperty("assessment").GetString());
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("verdict").ValueKind);
        Assert.True(claim.GetProperty("quotes")[0].TryGetProperty("start", out _));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("not_assessable").GetInt32());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("summary").GetProperty("self_contradictions").ValueKind);
        Assert.Equal("plain-text", json.RootElement.GetProperty("format").GetString());
    }
}
