using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.Cohorts;

/// <summary>
/// An application as reviewers see it. Total = Σ score × weight + FavouredBonus; WaitlistPosition (1-based) only while waitlisted.
/// Name, category and service domains are as they were when the organization applied.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.CohortApplication")]
public sealed record class CohortApplication(
    Guid CohortId,
    Guid OrganizationId,
    string OrganizationName,
    OrganizationCategory Category,
    IReadOnlyList<ServiceDomain> ServiceDomains,
    string Mission,
    int FormalMembers,
    string ServicesDelivered,
    string Needs,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    IReadOnlyList<CriterionScore> Scores,
    int CriteriaTotal,
    int FavouredBonus,
    int Total,
    ApplicationStatus Status,
    string? DecisionReason,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    int? WaitlistPosition,
    string? DecisionReasonCode = null,
    IReadOnlyList<ErrorArg>? DecisionReasonArgs = null);
