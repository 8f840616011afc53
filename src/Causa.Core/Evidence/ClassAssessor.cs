using Causa.Core.Resolution;
using Causa.Core.Verdicts;


namespace Causa.Core.Evidence;

/// <summary>
/// Answers a question about a drug class by asking it of every member: each member's verdicts, and a class-level verdict
/// that is the shared verdict when all members with data agree and <c>mixed</c> otherwise, naming the members that stand out.
/// Pure.
/// </summary>
public static class ClassAssessor
{
    /// <summary>The class-level verdict word when members differ.</summary>
    public const string Mixed = "mixed";

    /// <summary>Assesses a class with the loaded evidence sources only (no report store).</summary>
    /// <param name="drugClass">The resolved class (<see cref="DrugClassResolver.Resolve"/>).</param>
    /// <param name="term">MedDRA preferred term asked about.</param>
    /// <param name="sources">The loaded evidence sources.</param>
    public static ClassAnswer Assess(DrugClassResolution drugClass, string term, EvidenceSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Assess(drugClass, member => EvidenceAssessor.Assess(member, term, null, sources));
    }

    /// <summary>Assesses a class with a caller-supplied answer per member (e.g. the application layer's, with the FAERS store).</summary>
    /// <param name="drugClass">The resolved class.</param>
    /// <param name="assessMember">Answers one member ingredient (upper case); called once per member, in ingredient order.</param>
    /// <remarks>
    /// Agreement is judged over the members that have data: a member whose cause verdict is <c>insufficient-data</c> does
    /// not make the cause verdict mixed (no loaded source knows it), and is still listed. The help verdict is judged over all
    /// members, since <c>none-found</c> for a known drug is itself a finding.
    /// </remarks>
    public static ClassAnswer Assess(DrugClassResolution drugClass, Func<string, EvidenceAnswer> assessMember)
    {
        ArgumentNullException.ThrowIfNull(drugClass);
        ArgumentNullException.ThrowIfNull(assessMember);
        var members = new List<ClassMemberAnswer>();
        foreach (var member in drugClass.Members)
        {
            var answer = assessMember(member);
            members.Add(new ClassMemberAnswer(member, new VerdictOnly(answer.Cause.Verdict), new VerdictOnly(answer.Help.Verdict), answer));
        }

        var withData = members.Where(static m => m.Answer.Cause.Level != CauseVerdict.InsufficientData).ToList();
        var cause = Shared([.. withData.Select(static m => m.Cause.Verdict)], EvidenceRules.Text(CauseVerdict.InsufficientData));
        var help = Shared([.. members.Select(static m => m.Help.Verdict)], EvidenceRules.Text(HelpVerdict.NoneFound));
        var standOut = new List<string>();
        StandOut(withData, static m => m.Cause.Verdict, static m => VerdictWording.Lead(m.Answer.Cause.Level), "can it cause?", cause, standOut);
        StandOut(members, static m => m.Help.Verdict, static m => VerdictWording.Lead(m.Answer.Help.Level), "does it help?", help, standOut);
        return new ClassAnswer(drugClass.Name, members, cause, help, standOut);
    }

    private static string Shared(IReadOnlyList<string> verdicts, string whenEmpty) =>
        verdicts.Count == 0 ? whenEmpty : verdicts.Distinct(StringComparer.Ordinal).Count() == 1 ? verdicts[0] : Mixed;

    // Grouped by the verdict word (the JSON value) but written in the words a reader sees on the answer page
    // (VerdictWording.Lead): "MIRTAZAPINE: can it cause? Yes (most members: no sign of it).", never the code.
    private static void StandOut(IReadOnlyList<ClassMemberAnswer> members, Func<ClassMemberAnswer, string> verdict, Func<ClassMemberAnswer, string> words, string question, string shared, List<string> into)
    {
        if (shared != Mixed)
        {
            return;
        }

        // The most common verdict is "most members"; ties go to the weaker verdict word in ordinal order, for a stable answer.
        var mode = members.GroupBy(verdict).OrderByDescending(static g => g.Count()).ThenBy(static g => g.Key, StringComparer.Ordinal).First();
        var modeWords = words(mode.First());
        foreach (var m in members.Where(m => verdict(m) != mode.Key))
        {
            into.Add($"{m.Drug}: {question} {words(m)} (most members: {LowerFirst(modeWords)}).");
        }
    }

    private static string LowerFirst(string words) => words.Length == 0 ? words : char.ToLowerInvariant(words[0]) + words[1..];
}
