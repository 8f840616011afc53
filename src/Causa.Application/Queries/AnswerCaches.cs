using System.Collections.Concurrent;
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
    /// <summary>Verdicts of a drug for a condition, by ingredient, term and roles.</summary>
    public ConcurrentDictionary<(string Drug, string Term, RoleFilter Roles), EvidenceAnswer> MemberAnswers { get; } = new();

    /// <summary>A drug's strongest report associations, by ingredient and roles.</summary>
    public ConcurrentDictionary<(string Drug, RoleFilter Roles), IReadOnlyList<TopEntry>> Associations { get; } = new();

    /// <summary>The classes of an ingredient.</summary>
    public ConcurrentDictionary<string, IReadOnlyList<DrugClassResolution>> ClassesOf { get; } = new(StringComparer.Ordinal);
}
