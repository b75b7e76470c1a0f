using Incubator.Common;
using Incubator.Communities;
using Incubator.Funding;
using Incubator.Organizations;

namespace Incubator.Needs;

/// <summary>A community's need as its community worker posts it (需求清单).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.PostNeed")]
public sealed record class PostNeed(
    Guid CommunityId,
    string Title,
    ServiceDomain Domain,
    TargetGroup TargetGroup,
    int ResidentsAffected,
    NeedUrgency Urgency,
    DateOnly WantedBy,
    decimal? Budget,
    string? Description)
{
    public const int MaxTitleLength = 100;
    public const int MaxDescriptionLength = 2000;
    public const int MaxResidentsAffected = 1_000_000;

    /// <summary><paramref name="today"/> is the community's date: a need is wanted today or later.</summary>
    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var errors = new List<FieldError>();
        if (CommunityId == Guid.Empty)
        {
            errors.Add(FieldError.Required("communityId"));
        }

        if (FieldError.Text("title", Title, MaxTitleLength) is { } title)
        {
            errors.Add(title);
        }

        if (!Enum.IsDefined(Domain))
        {
            errors.Add(FieldError.UnknownValue("domain"));
        }

        if (!Enum.IsDefined(TargetGroup))
        {
            errors.Add(FieldError.UnknownValue("targetGroup"));
        }

        if (ResidentsAffected is < 1 or > MaxResidentsAffected)
        {
            errors.Add(FieldError.OutOfRange("residentsAffected", 1, MaxResidentsAffected));
        }

        if (!Enum.IsDefined(Urgency))
        {
            errors.Add(FieldError.UnknownValue("urgency"));
        }

        if (WantedBy < today)
        {
            errors.Add(FieldError.Of("wantedBy", ErrorCodes.NeedWantedInPast, ErrorArg.Date("today", today)));
        }

        if (Budget is { } budget && !Money.IsValidAmount(budget))
        {
            errors.Add(new("budget", ErrorCodes.InvalidAmount));
        }

        if (Description is { Length: > 0 } description && (description.Trim().Length > MaxDescriptionLength ? FieldError.TooLong("description", MaxDescriptionLength) : InputBounds.Text("description", description)) is { } bad)
        {
            errors.Add(bad);
        }

        return errors;
    }
}

/// <summary>
/// A team the community worker proposes for a need: an organization and its social worker, from
/// <paramref name="StartsOn"/> to <paramref name="EndsOn"/>, reserving <paramref name="WeeklyHours"/> of the social
/// worker's week; <paramref name="PlannedHours"/> is the service planned in all; optionally a space and a budget project
/// (<paramref name="BudgetKey"/> as IBudgetGrain.KeyFor, and the project's id).
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.ProposeTeam")]
public sealed record class ProposeTeam(
    Guid OrganizationId,
    Guid SocialWorkerId,
    Guid? StationId,
    Guid? SpaceId,
    string? BudgetKey,
    Guid? ProjectId,
    DateOnly StartsOn,
    DateOnly EndsOn,
    int WeeklyHours,
    int PlannedHours)
{
    public const int MaxWeeklyHours = 60;
    public const int MaxPlannedHours = 10_000;

    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var errors = new List<FieldError>();
        if (OrganizationId == Guid.Empty)
        {
            errors.Add(FieldError.Required("organizationId"));
        }

        if (SocialWorkerId == Guid.Empty)
        {
            errors.Add(FieldError.Required("socialWorkerId"));
        }

        if (StartsOn < today)
        {
            errors.Add(FieldError.Of("startsOn", ErrorCodes.NeedWantedInPast, ErrorArg.Date("today", today)));
        }

        if (EndsOn < StartsOn)
        {
            errors.Add(new("endsOn", ErrorCodes.EndsBeforeStart));
        }

        if (WeeklyHours is < 1 or > MaxWeeklyHours)
        {
            errors.Add(FieldError.OutOfRange("weeklyHours", 1, MaxWeeklyHours));
        }

        if (PlannedHours is < 1 or > MaxPlannedHours)
        {
            errors.Add(FieldError.OutOfRange("plannedHours", 1, MaxPlannedHours));
        }

        // A budget project is named by its budget and its id, both or neither.
        if ((BudgetKey is null) != (ProjectId is null))
        {
            errors.Add(FieldError.Required(BudgetKey is null ? "budgetKey" : "projectId"));
        }

        return errors;
    }
}

/// <summary>Service given under an engagement on one day (服务记录).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.LogService")]
public sealed record class LogService(DateOnly ServedOn, decimal Hours, int ResidentsServed, string? Note)
{
    public const int MaxNoteLength = 1000;
    public const int MaxResidentsServed = 100_000;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Hours is <= 0 or > 24 || decimal.Round(Hours, 1) != Hours)
        {
            errors.Add(FieldError.OutOfRange("hours", 0.5m, 24));
        }

        if (ResidentsServed is < 0 or > MaxResidentsServed)
        {
            errors.Add(FieldError.OutOfRange("residentsServed", 0, MaxResidentsServed));
        }

        if (Note is { Length: > 0 } note && (note.Trim().Length > MaxNoteLength ? FieldError.TooLong("note", MaxNoteLength) : InputBounds.Text("note", note)) is { } bad)
        {
            errors.Add(bad);
        }

        return errors;
    }
}

/// <summary>Residents' feedback with which the community closes an engagement: a score from 1 to 5 and a comment.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CloseEngagement")]
public sealed record class CloseEngagement(int Score, string Comment)
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxCommentLength = 1000;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Score is < MinScore or > MaxScore)
        {
            errors.Add(FieldError.OutOfRange("score", MinScore, MaxScore));
        }

        if (FieldError.Text("comment", Comment, MaxCommentLength) is { } comment)
        {
            errors.Add(comment);
        }

        return errors;
    }
}
