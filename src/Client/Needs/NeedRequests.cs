using System.ComponentModel.DataAnnotations;
using Incubator.Communities;
using Incubator.Needs;
using Incubator.Organizations;

namespace Incubator.Client.Needs;

/// <summary>A need to post. The client picks the id (a retried post creates nothing twice); the community is the worker's own when left out.</summary>
public sealed record class PostNeedRequest(
    Guid? CommunityId,
    [property: Required, StringLength(PostNeed.MaxTitleLength, MinimumLength = 1)] string? Title,
    [property: Required] ServiceDomain? Domain,
    [property: Required] TargetGroup? TargetGroup,
    [property: Required, Range(1, PostNeed.MaxResidentsAffected)] int? ResidentsAffected,
    [property: Required] NeedUrgency? Urgency,
    [property: Required] DateOnly? WantedBy,
    decimal? Budget,
    [property: StringLength(PostNeed.MaxDescriptionLength)] string? Description);

public sealed record class CloseNeedRequest([property: Required, StringLength(1000, MinimumLength = 1)] string? Reason);

public sealed record class ProposeTeamRequest(
    [property: Required] Guid? OrganizationId,
    [property: Required] Guid? SocialWorkerId,
    Guid? StationId,
    Guid? SpaceId,
    Guid? BudgetAreaId,
    int? BudgetYear,
    Guid? ProjectId,
    [property: Required] DateOnly? StartsOn,
    [property: Required] DateOnly? EndsOn,
    [property: Required, Range(1, ProposeTeam.MaxWeeklyHours)] int? WeeklyHours,
    [property: Required, Range(1, ProposeTeam.MaxPlannedHours)] int? PlannedHours);

/// <summary>The organization's or the social worker's answer; a decline needs a reason.</summary>
public sealed record class AnswerProposalRequest(
    [property: Required] ProposalParty? Party,
    [property: Required] bool? Accept,
    [property: StringLength(1000)] string? Reason);

public sealed record class LogServiceRequest(
    [property: Required] DateOnly? ServedOn,
    [property: Required, Range(0.5, 24)] decimal? Hours,
    [property: Required, Range(0, LogService.MaxResidentsServed)] int? ResidentsServed,
    [property: StringLength(LogService.MaxNoteLength)] string? Note);

public sealed record class CloseEngagementRequest(
    [property: Required, Range(CloseEngagement.MinScore, CloseEngagement.MaxScore)] int? Score,
    [property: Required, StringLength(CloseEngagement.MaxCommentLength, MinimumLength = 1)] string? Comment);

public sealed record class NeedSettingsRequest([property: Required, Range(1, 180)] int? EscalationDays);
