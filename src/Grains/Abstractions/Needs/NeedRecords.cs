using Incubator.Communities;
using Incubator.Organizations;

namespace Incubator.Needs;

/// <summary>
/// A need with its proposals and its engagement. <paramref name="DueOn"/> is the community's date by which it should
/// be matched: the day it is escalated if it is not (posted date + the community's escalation delay).
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.NeedRecord")]
public sealed record class NeedRecord(
    Guid Id,
    Guid CommunityId,
    Guid SubdistrictId,
    Guid DistrictId,
    string Title,
    ServiceDomain Domain,
    TargetGroup TargetGroup,
    int ResidentsAffected,
    NeedUrgency Urgency,
    DateOnly WantedBy,
    decimal? Budget,
    string? Description,
    NeedStatus Status,
    string OwnerUserId,
    string OwnerName,
    DateTimeOffset PostedAt,
    DateOnly DueOn,
    EscalationLevel EscalationLevel,
    DateTimeOffset? MatchedAt,
    string? ClosedReason,
    IReadOnlyList<ProposalRecord> Proposals,
    EngagementRecord? Engagement);

[GenerateSerializer, Immutable, Alias("Incubator.ProposalRecord")]
public sealed record class ProposalRecord(
    Guid Id,
    Guid OrganizationId,
    string OrganizationName,
    Guid SocialWorkerId,
    string SocialWorkerName,
    Guid? StationId,
    Guid? SpaceId,
    string? BudgetKey,
    Guid? ProjectId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int WeeklyHours,
    int PlannedHours,
    ProposalStatus Status,
    ProposalAnswer OrganizationAnswer,
    string? OrganizationReason,
    ProposalAnswer SocialWorkerAnswer,
    string? SocialWorkerReason,
    string ProposedBy,
    DateTimeOffset ProposedAt);

[GenerateSerializer, Immutable, Alias("Incubator.EngagementRecord")]
public sealed record class EngagementRecord(
    Guid Id,
    Guid ProposalId,
    Guid OrganizationId,
    string OrganizationName,
    Guid SocialWorkerId,
    string SocialWorkerName,
    Guid? StationId,
    Guid? SpaceId,
    string? BudgetKey,
    Guid? ProjectId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int PlannedHours,
    EngagementStatus Status,
    IReadOnlyList<ServiceLogRecord> Logs,
    int? FeedbackScore,
    string? FeedbackComment,
    DateTimeOffset StartedAt,
    DateTimeOffset? ClosedAt)
{
    public decimal HoursLogged => Logs.Sum(l => l.Hours);

    public int ResidentsServed => Logs.Sum(l => l.ResidentsServed);
}

[GenerateSerializer, Immutable, Alias("Incubator.ServiceLogRecord")]
public sealed record class ServiceLogRecord(Guid Id, DateOnly ServedOn, decimal Hours, int ResidentsServed, string? Note, string LoggedBy, DateTimeOffset LoggedAt);

/// <summary>A row of the needs list (incubator.needs).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.NeedRow")]
public sealed record class NeedRow(
    Guid Id, Guid CommunityId, string Title, ServiceDomain Domain, TargetGroup TargetGroup, int ResidentsAffected, NeedUrgency Urgency,
    DateOnly WantedBy, decimal? Budget, NeedStatus Status, DateTimeOffset PostedAt, DateOnly DueOn, EscalationLevel EscalationLevel);

/// <summary>What the needs list is filtered by; null = any. Areas: the needs of these communities, subdistricts or districts.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.NeedFilter")]
public sealed record class NeedFilter(IReadOnlyList<Guid>? AreaIds, NeedStatus? Status, int Limit = 200);

/// <summary>One factor of a team's score: its points and the value it was computed from (hours left, engagements done, …).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.FactorScore")]
public sealed record class FactorScore(MatchFactor Factor, int Points, int MaxPoints, string Basis);

/// <summary>A candidate team for a need: an organization and a social worker (optionally the organization's station there), with why it scored what it did.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.RankedTeam")]
public sealed record class RankedTeam(
    Guid OrganizationId,
    string OrganizationName,
    Guid SocialWorkerId,
    string SocialWorkerName,
    Guid? StationId,
    string? StationName,
    bool Stationed,
    int Score,
    IReadOnlyList<FactorScore> Factors);

/// <summary>A proposal as its answering party sees it in his inbox and list.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ProposalRow")]
public sealed record class ProposalRow(
    Guid ProposalId, Guid NeedId, string NeedTitle, Guid CommunityId, Guid OrganizationId, string OrganizationName,
    Guid SocialWorkerId, string SocialWorkerName, DateOnly StartsOn, DateOnly EndsOn, int WeeklyHours, int PlannedHours,
    ProposalStatus Status, ProposalAnswer OrganizationAnswer, ProposalAnswer SocialWorkerAnswer, DateTimeOffset ProposedAt);

/// <summary>An organization that offers service capacity but has had no engagement in the last 90 days (闲置).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.IdleOrganization")]
public sealed record class IdleOrganization(Guid OrganizationId, string OrganizationName, int MonthlyCapacity, DateOnly? LastEngagementOn);

/// <summary>
/// Two organizations funded from budgets of two tiers for the same target group in the same community in overlapping
/// periods (through their engagements' budget projects): support given twice.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.DuplicateCommunitySupport")]
public sealed record class DuplicateCommunitySupport(
    Guid CommunityId, TargetGroup TargetGroup,
    Guid FirstEngagementId, Guid FirstOrganizationId, string FirstOrganizationName, Guid FirstBudgetAreaId,
    Guid SecondEngagementId, Guid SecondOrganizationId, string SecondOrganizationName, Guid SecondBudgetAreaId);
