using System.Collections.Concurrent;
using Causa.Checking;
using Causa.Core.Evidence;
using Causa.Core.Resolution;
using Causa.Core.Verdicts;
using Causa.Core.Vocabulary;

namespace Causa.Application.Articles;

/// <summary>
/// The checker's verdicts from the workspace's evidence: for an ingredient, the cause and help verdicts
/// <see cref="EvidenceQuery.Assess(string,string)"/> gives (the verdicts <c>ask</c> and <c>evidence</c> show); for a class,
/// <see cref="ClassAssessor"/> over its members with the same per-member answers, <c>mixed</c> when members differ
/// (with each member's verdicts, by which the checker rates a mixed class claim).
/// </summary>
/// <remarks>Thread-safe: the evidence query is, and class resolutions are cached in a concurrent dictionary.</remarks>
internal sealed class EvidenceVerdictSource(EvidenceQuery evidence, DrugClassResolver classes) : IClaimVerdictSource
{
    /// <summary>Evidence lines shown per claim: the counted lines first, then the others, at most this many.</summary>
    public const int MaxLines = 6;

    private readonly ConcurrentDictionary<string, DrugClassResolution?> _classes = new(StringComparer.Ordinal);

    public ClaimVerdicts Assess(ClaimSubject subject, string condition)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(condition);
        if (subject.IsClass)
        {
            return AssessClass(subject.Name, condition);
        }

        // `ask` answers one ingredient at a time; a combination product has no verdict of its own.
        if (subject.Ingredients.Count != 1)
        {
            return ClaimVerdicts.None;
        }

        var answer = evidence.Assess(subject.Ingredients[0], condition);
        return new ClaimVerdicts(answer.Cause.Level, answer.Help.Level, [])
        {
            CauseEvidence = Lines(answer.Cause.Lines),
            HelpEvidence = Lines(answer.Help.Lines),
        };
    }

    private ClaimVerdicts AssessClass(string key, string condition)
    {
        var resolution = _classes.GetOrAdd(key, Resolve);
        if (resolution is null || resolution.Members.Count == 0)
        {
            return ClaimVerdicts.None;
        }

        var answer = ClassAssessor.Assess(resolution, member => evidence.Assess(member, condition));
        var cause = Parse<CauseVerdict>(answer.CauseVerdict, EvidenceRules.Text);
        var help = Parse<HelpVerdict>(answer.HelpVerdict, EvidenceRules.Text);
        var count = resolution.Members.Count;
        var causeLines = MemberLines(answer, static m => m.Cause.Verdict, "can it cause it?", count);
        var helpLines = MemberLines(answer, static m => m.Help.Verdict, "does it help?", count);
        return new ClaimVerdicts(cause, help, [])
        {
            CauseMixed = answer.CauseVerdict == ClassAssessor.Mixed,
            HelpMixed = answer.HelpVerdict == ClassAssessor.Mixed,
            CauseEvidence = causeLines,
            HelpEvidence = helpLines,
            CauseMembers = [.. answer.Members.Select(static m => (CauseVerdict?)m.Answer.Cause.Level)],
            HelpMembers = [.. answer.Members.Select(static m => (HelpVerdict?)m.Answer.Help.Level)],
        };
    }

    private DrugClassResolution? Resolve(string key)
    {
        // The checker names a class by its key; any of the key's words resolves it the way `ask` resolves a typed class.
        var word = ClassWordTable.Words.FirstOrDefault(w => string.Equals(w.ClassKey, key, StringComparison.Ordinal));
        return word is null ? null : classes.Resolve(word.Word);
    }

    private static T? Parse<T>(string word, Func<T, string> text)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(text(value), word, StringComparison.Ordinal))
            {
                return value;
            }
        }

        return null;
    }

    private static List<string> Lines(IReadOnlyList<EvidenceLine> lines) =>
        [.. lines.OrderBy(static l => l.Counted ? 0 : 1).Take(MaxLines).Select(static l => l.Source + ": " + l.Summary)];

    // One line per verdict: how many members have it and which (up to five named).
    private static List<string> MemberLines(ClassAnswer answer, Func<ClassMemberAnswer, string> verdict, string question, int count) =>
        [.. answer.Members.GroupBy(verdict).OrderByDescending(static g => g.Count()).ThenBy(static g => g.Key, StringComparer.Ordinal).Take(MaxLines)
            .Select(g => $"{question} {g.Key}: {g.Count()} of {count} members ({string.Join(", ", g.Take(5).Select(static m => m.Drug))}{(g.Count() > 5 ? ", …" : "")})")];
}
