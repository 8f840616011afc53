using System.Globalization;
using Causa.Core.Evidence;
using Causa.Core.Verdicts;


namespace Causa.Checking;

/// <summary>Rates claims against evidence verdicts and summarises them.</summary>
/// <remarks>
/// <para>Assessment table (verdict × relation × polarity):</para>
/// <list type="table">
/// <listheader><term>relation, polarity</term><description>verdict → assessment</description></listheader>
/// <item><term>causes, asserted</term><description>established, possible → supported; weak, none-found → unsupported; insufficient-data or none → not-assessable</description></item>
/// <item><term>causes, negated</term><description>established, possible → contradicted; none-found → supported; weak → unsupported; insufficient-data or none → not-assessable</description></item>
/// <item><term>treats, asserted</term><description>approved, off-label → supported; reported-use, none-found → unsupported; none → not-assessable</description></item>
/// <item><term>treats, negated</term><description>approved → contradicted; off-label, reported-use, none-found → unsupported; none → not-assessable</description></item>
/// <item><term>a class whose members differ (mixed)</term><description>verdict word <c>mixed</c>; each member with an
/// assessable verdict is rated by the rows above, and the class takes the assessment more than half of them get, else
/// unsupported</description></item>
/// </list>
/// <para>"none-found" for a cause means the sources know the drug and list no such effect nor a signal: it does not back a
/// claim that the drug causes it, and backs a denial. For help it means no indication source lists the use, which is not
/// evidence that the drug does not work, so a denial of help is never "supported" from it. Stateless and thread-safe.</para>
/// </remarks>
public static class ClaimRating
{
    /// <summary>The assessment of a claim with the given relation and polarity against the verdicts.</summary>
    public static ClaimAssessment Assess(ClaimRelation relation, ClaimPolarity polarity, ClaimVerdicts verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var negated = polarity == ClaimPolarity.Negated;
        if ((relation == ClaimRelation.Causes && verdicts.CauseMixed) || (relation == ClaimRelation.Treats && verdicts.HelpMixed))
        {
            return MemberMajority(relation, polarity, verdicts).Assessment;
        }

        if (relation == ClaimRelation.Causes)
        {
            return verdicts.Cause switch
            {
                null or CauseVerdict.InsufficientData => ClaimAssessment.NotAssessable,
                CauseVerdict.Established or CauseVerdict.Possible => negated ? ClaimAssessment.Contradicted : ClaimAssessment.Supported,
                CauseVerdict.NoneFound => negated ? ClaimAssessment.Supported : ClaimAssessment.Unsupported,
                _ => ClaimAssessment.Unsupported,
            };
        }

        return verdicts.Help switch
        {
            null => ClaimAssessment.NotAssessable,
            HelpVerdict.Approved => negated ? ClaimAssessment.Contradicted : ClaimAssessment.Supported,
            HelpVerdict.OffLabel => negated ? ClaimAssessment.Unsupported : ClaimAssessment.Supported,
            _ => ClaimAssessment.Unsupported,
        };
    }

    /// <summary>
    /// The assessment of a class claim whose members' verdicts differ: the one that more than half of the members with an
    /// assessable verdict would get on their own, else <see cref="ClaimAssessment.Unsupported"/>.
    /// </summary>
    /// <remarks>Members differ in small ways on almost every class claim (one member's label lists the effect at placebo
    /// rate, another is unknown to the sources), so "mixed" alone would leave every class claim unsupported, including
    /// "antidepressants treat depression". A general statement about a class is read as a statement about most of it.</remarks>
    /// <returns>The assessment, how many assessable members have it, and how many members are assessable.</returns>
    public static (ClaimAssessment Assessment, int Agreeing, int Assessable) MemberMajority(ClaimRelation relation, ClaimPolarity polarity, ClaimVerdicts verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var assessments = relation == ClaimRelation.Causes
            ? verdicts.CauseMembers.Select(v => Assess(relation, polarity, new ClaimVerdicts(v, null, [])))
            : verdicts.HelpMembers.Select(v => Assess(relation, polarity, new ClaimVerdicts(null, v, [])));
        var counted = assessments.Where(static a => a != ClaimAssessment.NotAssessable).ToList();
        if (counted.Count == 0)
        {
            return (ClaimAssessment.Unsupported, 0, 0);
        }

        var top = counted.GroupBy(static a => a).OrderByDescending(static g => g.Count()).First();
        return top.Count() * 2 > counted.Count ? (top.Key, top.Count(), counted.Count) : (ClaimAssessment.Unsupported, top.Count(), counted.Count);
    }

    /// <summary>The verdict word for the claim's relation ("established", "off-label", …); null when there is none.</summary>
    public static string? VerdictWord(ClaimRelation relation, ClaimVerdicts verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        if ((relation == ClaimRelation.Causes && verdicts.CauseMixed) || (relation == ClaimRelation.Treats && verdicts.HelpMixed))
        {
            return ClassAssessor.Mixed;
        }

        return relation == ClaimRelation.Causes
            ? verdicts.Cause switch
            {
                CauseVerdict.Established => "established",
                CauseVerdict.Possible => "possible",
                CauseVerdict.Weak => "weak",
                CauseVerdict.NoneFound => "none-found",
                CauseVerdict.InsufficientData => "insufficient-data",
                _ => null,
            }
            : verdicts.Help switch
            {
                HelpVerdict.Approved => "approved",
                HelpVerdict.OffLabel => "off-label",
                HelpVerdict.ReportedUse => "reported-use",
                HelpVerdict.NoneFound => "none-found",
                _ => null,
            };
    }

    /// <summary>Rates every claim (asking <paramref name="source"/> once per subject and condition) and builds the summary.</summary>
    /// <param name="claims">Extracted claims.</param>
    /// <param name="source">The verdicts.</param>
    /// <param name="sentences">Sentences read, for the summary.</param>
    /// <param name="claimsOmitted">Claims left out over the limit, for the summary.</param>
    public static (IReadOnlyList<RatedClaim> Claims, CheckSummary Summary) Rate(IReadOnlyList<ExtractedClaim> claims, IClaimVerdictSource source, int sentences, int claimsOmitted = 0)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(source);
        var cache = new Dictionary<(string, string), ClaimVerdicts>();
        var rated = new List<RatedClaim>(claims.Count);
        foreach (var c in claims)
        {
            if (!cache.TryGetValue((c.Drug, c.Condition), out var verdicts))
            {
                verdicts = source.Assess(new ClaimSubject(c.Drug, c.IsClass, c.Ingredients), c.Condition) ?? ClaimVerdicts.None;
                cache[(c.Drug, c.Condition)] = verdicts;
            }

            var assessment = Assess(c.Relation, c.Polarity, verdicts);
            rated.Add(new RatedClaim(c.Drug, c.IsClass, c.Condition, c.Relation, c.Polarity, c.Hedged, c.Quotes,
                VerdictWord(c.Relation, verdicts), assessment, EvidenceLines(c.Relation, c.Polarity, verdicts, assessment)));
        }

        var contradictions = new List<SelfContradiction>();
        foreach (var g in claims.GroupBy(static c => (c.Drug, c.Condition)))
        {
            if (g.Any(static c => c.Relation == ClaimRelation.Causes && c.Polarity == ClaimPolarity.Asserted) &&
                g.Any(static c => c.Relation == ClaimRelation.Treats && c.Polarity == ClaimPolarity.Asserted))
            {
                contradictions.Add(new SelfContradiction(g.Key.Drug, g.Key.Condition, "cause-and-treat"));
            }

            if (g.GroupBy(static c => c.Relation).Any(static r => r.Select(static c => c.Polarity).Distinct().Count() > 1))
            {
                contradictions.Add(new SelfContradiction(g.Key.Drug, g.Key.Condition, "asserted-and-negated"));
            }
        }

        var summary = new CheckSummary(
            rated.Count,
            rated.Count(static r => r.Assessment == ClaimAssessment.Supported),
            rated.Count(static r => r.Assessment == ClaimAssessment.Contradicted),
            rated.Count(static r => r.Assessment == ClaimAssessment.Unsupported),
            rated.Count(static r => r.Assessment == ClaimAssessment.NotAssessable),
            rated.Count(static r => r.Relation == ClaimRelation.Causes),
            rated.Count(static r => r.Relation == ClaimRelation.Treats),
            rated.Count(static r => r.Polarity == ClaimPolarity.Negated),
            rated.Count(static r => r.Hedged),
            sentences,
            contradictions,
            claimsOmitted);
        return (rated, summary);
    }

    // A mixed class claim says first how its members decided it, then the per-member lines.
    private static IReadOnlyList<string> EvidenceLines(ClaimRelation relation, ClaimPolarity polarity, ClaimVerdicts verdicts, ClaimAssessment assessment)
    {
        var lines = verdicts.EvidenceFor(relation);
        if (!((relation == ClaimRelation.Causes && verdicts.CauseMixed) || (relation == ClaimRelation.Treats && verdicts.HelpMixed)))
        {
            return lines;
        }

        var (_, agreeing, assessable) = MemberMajority(relation, polarity, verdicts);
        var head = assessable == 0
            ? "Class members differ and none can be rated alone: not supported for the class."
            : assessment == ClaimAssessment.Unsupported && agreeing * 2 <= assessable
                ? string.Create(CultureInfo.InvariantCulture, $"Class members differ: no rating holds for more than half of the {assessable} members the sources can rate (at most {agreeing}).")
                : string.Create(CultureInfo.InvariantCulture, $"Class members differ: {agreeing} of the {assessable} members the sources can rate would each be {Word(assessment)}.");
        return [head, .. lines];
    }

    private static string Word(ClaimAssessment assessment) => assessment switch
    {
        ClaimAssessment.Supported => "supported",
        ClaimAssessment.Contradicted => "contradicted",
        ClaimAssessment.Unsupported => "not supported",
        _ => "not assessable",
    };
}
