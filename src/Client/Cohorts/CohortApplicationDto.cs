using Incubator.Cohorts;
using Incubator.Organizations;

namespace Incubator.Client.Cohorts;

public sealed record class CohortApplicationDto(
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
    IReadOnlyList<CriterionScoreDto> Scores,
    int CriteriaTotal,
    int FavouredBonus,
    int Total,
    ApplicationStatus Status,
    string? DecisionReason,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    int? WaitlistPosition)
{
    private sealed class Mapping : DtoMap<CohortApplication, CohortApplicationDto>;
}

public sealed record class CriterionScoreDto(string Criterion, int Score)
{
    private sealed class Mapping : DtoMap<CriterionScore, CriterionScoreDto>;
}
