using Incubator.Communities;
using Incubator.Needs;
using Incubator.Organizations;

namespace Incubator.Client.Needs;

public sealed record class NeedDto(
    Guid Id, Guid CommunityId, Guid SubdistrictId, Guid DistrictId, string Title, ServiceDomain Domain, TargetGroup TargetGroup,
    int ResidentsAffected, NeedUrgency Urgency, DateOnly WantedBy, decimal? Budget, string? Description, NeedStatus Status,
    string OwnerUserId, string OwnerName, DateTimeOffset PostedAt, DateOnly DueOn, EscalationLevel EscalationLevel,
    DateTimeOffset? MatchedAt, string? ClosedReason, IReadOnlyList<ProposalDto> Proposals, EngagementDto? Engagement)
{
    private sealed class Mapping : DtoMap<NeedRecord, NeedDto>;
}

public sealed record class ProposalDto(
    Guid Id, Guid OrganizationId, string OrganizationName, Guid SocialWorkerId, string SocialWorkerName, Guid? StationId, Guid? SpaceId,
    string? BudgetKey, Guid? ProjectId, DateOnly StartsOn, DateOnly EndsOn, int WeeklyHours, int PlannedHours, ProposalStatus Status,
    ProposalAnswer OrganizationAnswer, string? OrganizationReason, ProposalAnswer SocialWorkerAnswer, string? SocialWorkerReason,
    string ProposedBy, DateTimeOffset ProposedAt)
{
    private sealed class Mapping : DtoMap<ProposalRecord, ProposalDto>;
}

public sealed record class EngagementDto(
    Guid Id, Guid ProposalId, Guid OrganizationId, string OrganizationName, Guid SocialWorkerId, string SocialWorkerName, Guid? StationId,
    Guid? SpaceId, string? BudgetKey, Guid? ProjectId, DateOnly StartsOn, DateOnly EndsOn, int PlannedHours, EngagementStatus Status,
    IReadOnlyList<ServiceLogDto> Logs, int? FeedbackScore, string? FeedbackComment, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt,
    decimal HoursLogged, int ResidentsServed)
{
    private sealed class Mapping : DtoMap<EngagementRecord, EngagementDto>;
}

public sealed record class ServiceLogDto(Guid Id, DateOnly ServedOn, decimal Hours, int ResidentsServed, string? Note, string LoggedBy, DateTimeOffset LoggedAt)
{
    private sealed class Mapping : DtoMap<ServiceLogRecord, ServiceLogDto>;
}

/// <summary>An engagement with the need it serves (the engagement page).</summary>
public sealed record class EngagementPageDto(NeedDto Need, EngagementDto Engagement);

public sealed record class NeedRowDto(
    Guid Id, Guid CommunityId, string Title, ServiceDomain Domain, TargetGroup TargetGroup, int ResidentsAffected, NeedUrgency Urgency,
    DateOnly WantedBy, decimal? Budget, NeedStatus Status, DateTimeOffset PostedAt, DateOnly DueOn, EscalationLevel EscalationLevel)
{
    private sealed class Mapping : DtoMap<NeedRow, NeedRowDto>;
}

/// <summary>One factor of a team's score, with the sentence saying why (UiText MatchFactor.*, in the caller's language).</summary>
public sealed record class FactorScoreDto(MatchFactor Factor, int Points, int MaxPoints, string Basis, string Reason);

public sealed record class RankedTeamDto(
    Guid OrganizationId, string OrganizationName, Guid SocialWorkerId, string SocialWorkerName, Guid? StationId, string? StationName,
    bool Stationed, int Score, IReadOnlyList<FactorScoreDto> Factors);

public sealed record class ProposalRowDto(
    Guid ProposalId, Guid NeedId, string NeedTitle, Guid CommunityId, Guid OrganizationId, string OrganizationName,
    Guid SocialWorkerId, string SocialWorkerName, DateOnly StartsOn, DateOnly EndsOn, int WeeklyHours, int PlannedHours,
    ProposalStatus Status, ProposalAnswer OrganizationAnswer, ProposalAnswer SocialWorkerAnswer, DateTimeOffset ProposedAt)
{
    private sealed class Mapping : DtoMap<ProposalRow, ProposalRowDto>;
}

public sealed record class IdleOrganizationDto(Guid OrganizationId, string OrganizationName, int MonthlyCapacity, DateOnly? LastEngagementOn)
{
    private sealed class Mapping : DtoMap<IdleOrganization, IdleOrganizationDto>;
}

public sealed record class DuplicateCommunitySupportDto(
    Guid CommunityId, TargetGroup TargetGroup,
    Guid FirstEngagementId, Guid FirstOrganizationId, string FirstOrganizationName, Guid FirstBudgetAreaId,
    Guid SecondEngagementId, Guid SecondOrganizationId, string SecondOrganizationName, Guid SecondBudgetAreaId)
{
    private sealed class Mapping : DtoMap<DuplicateCommunitySupport, DuplicateCommunitySupportDto>;
}

public sealed record class NeedSettingsDto(Guid CommunityId, int EscalationDays);
