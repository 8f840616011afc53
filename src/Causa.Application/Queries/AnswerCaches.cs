using System.Collections.Concurrent;
using System.Globalization;
using Causa.Core.Evidence;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Core.Resolution;

namespace Causa.Application.Queries;

/// <summary>
/// Sub-answers that related-question lists and class answers ask for again and again within a batch or a server's life:
/// a class-mate's verdicts for a condition (a drug's narrowest class can have 36 members), a drug's strongest report
/// associations and the classes of a drug. They depend only on one workspace generation's data, so each generation
/// owns its caches and they go with it when a newer store replaces it.
/// </summary>
internal sealed class AnswerCaches
{
    // The keys are strings (KeyOf) rather than value tuples: a concurrent dictionary keyed by a value tuple is compiled at
    // run time in every process, which cost a one-question CLI call more than the lookups ever save it.

    /// <summary>Verdicts of a drug for a condition, by <see cref="KeyOf(string, string, RoleFilter)"/> of ingredient, term and roles.</summary>
    public ConcurrentDictionary<string, EvidenceAnswer> MemberAnswers { get; } = new(StringComparer.Ordinal);

    /// <summary>A drug's strongest report associations, by <see cref="KeyOf(string, RoleFilter)"/> of ingredient and roles.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<TopEntry>> Associations { get; } = new(StringComparer.Ordinal);

    /// <summary>The classes of an ingredient.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<DrugClassResolution>> ClassesOf { get; } = new(StringComparer.Ordinal);

    /// <summary>The key of a drug and roles (the unit separator cannot occur in a name).</summary>
    public static string KeyOf(string drug, RoleFilter roles) => drug + "\u001f" + RoleKey(roles);

    /// <summary>The key of a drug, a term and roles.</summary>
    public static string KeyOf(string drug, string term, RoleFilter roles) => drug + "\u001f" + term + "\u001f" + RoleKey(roles);

    private static string RoleKey(RoleFilter roles) => ((int)roles).ToString(CultureInfo.InvariantCulture);
}
