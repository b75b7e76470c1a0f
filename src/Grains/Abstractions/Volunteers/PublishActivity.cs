using Incubator.Common;

namespace Incubator.Volunteers;

/// <summary>One role of an activity (引导员, 讲解员…) and how many volunteers it needs.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ActivityRole")]
public sealed record class ActivityRole(string Name, int Headcount)
{
    public const int MaxNameLength = 30;

    public const int MaxHeadcount = 1_000;
}

/// <summary>
/// A volunteer activity (志愿活动) as its organizer publishes it. <see cref="AreaId"/> is where it counts (the community of
/// a community or station, the area of an organization's incubator) and gives its time zone; the Client works it out.
/// <see cref="StationProjectId"/> and <see cref="EngagementId"/> name the station project or engagement it serves.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.PublishActivity")]
public sealed record class PublishActivity(
    OrganizerKind OrganizerKind,
    Guid OrganizerId,
    string OrganizerName,
    Guid AreaId,
    string Title,
    string Place,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<ActivityRole> Roles,
    string? TargetGroup,
    Guid? StationProjectId,
    Guid? EngagementId)
{
    public const int MaxTitleLength = 100;

    public const int MaxPlaceLength = 200;

    public const int MaxTargetGroupLength = 100;

    public const int MaxRoles = 20;

    /// <summary>An activity is a day's work at most: hours are capped by its span.</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromHours(24);

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (FieldError.Text("title", Title, MaxTitleLength) is { } title)
        {
            errors.Add(title);
        }

        if (FieldError.Text("place", Place, MaxPlaceLength) is { } place)
        {
            errors.Add(place);
        }

        if (EndsAt <= StartsAt)
        {
            errors.Add(new("endsAt", ErrorCodes.EndsBeforeStart));
        }
        else if (EndsAt - StartsAt > MaxSpan)
        {
            errors.Add(FieldError.OutOfRange("endsAt", StartsAt.ToString("yyyy-MM-dd HH:mm"), (StartsAt + MaxSpan).ToString("yyyy-MM-dd HH:mm")));
        }

        if (Roles is null || Roles.Count == 0)
        {
            errors.Add(new("roles", ErrorCodes.AtLeastOne));
        }
        else if (Roles.Count > MaxRoles)
        {
            errors.Add(new("roles", ErrorCodes.TooMany, [ErrorArg.Text("max", MaxRoles)]));
        }
        else if (Roles.Any(r => FieldError.Text("roles", r?.Name, ActivityRole.MaxNameLength) is not null))
        {
            errors.Add(Roles.Select(r => FieldError.Text("roles", r?.Name, ActivityRole.MaxNameLength)).First(e => e is not null)!);
        }
        else if (Roles.Any(r => r.Headcount is < 1 or > ActivityRole.MaxHeadcount))
        {
            errors.Add(FieldError.OutOfRange("roles", 1, ActivityRole.MaxHeadcount));
        }
        else if (Roles.Select(r => r.Name.Trim()).Distinct().Count() != Roles.Count)
        {
            errors.Add(new("roles", ErrorCodes.Duplicates));
        }

        if (!string.IsNullOrWhiteSpace(TargetGroup) && FieldError.Text("targetGroup", TargetGroup, MaxTargetGroupLength) is { } group)
        {
            errors.Add(group);
        }

        return errors;
    }

    public PublishActivity Normalized() => this with
    {
        Title = Title.Trim(),
        Place = Place.Trim(),
        Roles = Roles.Select(r => r with { Name = r.Name.Trim() }).ToArray(),
        TargetGroup = string.IsNullOrWhiteSpace(TargetGroup) ? null : TargetGroup.Trim(),
    };
}
