using System.ComponentModel.DataAnnotations;
using Incubator.Organizations;
using Incubator.Volunteers;

namespace Incubator.Client.Volunteers;

/// <summary>
/// The body of POST and PUT /api/volunteers/me: name and mobile number, his community, skills and when he is free. An
/// ID-card number is never required; given, it is checked and stored encrypted (on PUT, null keeps the one recorded and
/// an empty text removes it).
/// </summary>
public sealed record class VolunteerProfileRequest(
    [property: Required, StringLength(VolunteerProfile.MaxNameLength, MinimumLength = 1)] string? Name,
    [property: Required, RegularExpression(VolunteerProfile.MobilePattern)] string? MobileNumber,
    [property: Required] Guid? CommunityId,
    IReadOnlyList<ServiceDomain>? Skills,
    [property: StringLength(VolunteerProfile.MaxAvailabilityLength)] string? Availability,
    [property: StringLength(18)] string? IdCardNumber)
{
    public (VolunteerProfile Profile, IReadOnlyList<FieldError> Errors) ToProfile()
    {
        var profile = new VolunteerProfile(Name ?? "", MobileNumber ?? "", CommunityId ?? Guid.Empty, Skills ?? [], Availability);
        var errors = profile.Validate().ToList();
        if (!string.IsNullOrWhiteSpace(IdCardNumber) && !IdCardNumbers.IsValid(IdCardNumbers.Normalize(IdCardNumber)))
        {
            errors.Add(new("idCardNumber", ErrorCodes.VolunteerIdCardNumber));
        }

        return (profile, errors);
    }
}

/// <summary>The body of POST /api/volunteers/me/certificates: the year it covers; none covers every year.</summary>
public sealed record class IssueCertificateRequest([property: Range(2000, 2100)] int? Year);

/// <summary>One role of an activity and how many volunteers it needs.</summary>
public sealed record class ActivityRoleRequest(
    [property: Required, StringLength(ActivityRole.MaxNameLength, MinimumLength = 1)] string? Name,
    [property: Required, Range(1, ActivityRole.MaxHeadcount)] int? Headcount);

/// <summary>
/// The body of POST /api/volunteer-activities. Exactly one organizer: an organization (its representative or incubator
/// manager publishes), a station or a community (its community worker). Times are UTC (an offset is converted).
/// </summary>
public sealed record class PublishActivityRequest(
    Guid? OrganizationId,
    Guid? StationId,
    Guid? CommunityId,
    [property: Required, StringLength(PublishActivity.MaxTitleLength, MinimumLength = 1)] string? Title,
    [property: Required, StringLength(PublishActivity.MaxPlaceLength, MinimumLength = 1)] string? Place,
    [property: Required] DateTimeOffset? StartsAt,
    [property: Required] DateTimeOffset? EndsAt,
    [property: Required, MinLength(1), MaxLength(PublishActivity.MaxRoles)] IReadOnlyList<ActivityRoleRequest>? Roles,
    [property: StringLength(PublishActivity.MaxTargetGroupLength)] string? TargetGroup,
    Guid? StationProjectId,
    Guid? EngagementId)
{
    /// <summary>The command with the organizer filled in by the service; the body's own errors.</summary>
    public (PublishActivity Command, IReadOnlyList<FieldError> Errors) ToCommand(OrganizerKind kind, Guid organizerId, string organizerName, Guid areaId)
    {
        var command = new PublishActivity(kind, organizerId, organizerName, areaId, Title ?? "", Place ?? "", StartsAt ?? default, EndsAt ?? default,
            (Roles ?? []).Select(r => new ActivityRole(r?.Name ?? "", r?.Headcount ?? 0)).ToArray(), TargetGroup, StationProjectId, EngagementId);
        var errors = command.Validate().ToList();
        if (StartsAt is null)
        {
            errors.Insert(0, FieldError.Required("startsAt"));
            errors.RemoveAll(e => e.Field == "endsAt" && EndsAt is not null);
        }

        if (EndsAt is null)
        {
            errors.RemoveAll(e => e.Field == "endsAt");
            errors.Add(FieldError.Required("endsAt"));
        }

        return (errors.Count == 0 ? command.Normalized() : command, errors);
    }
}

/// <summary>The body of POST /api/volunteer-activities/{id}/sign-ups.</summary>
public sealed record class SignUpRequest([property: Required, StringLength(ActivityRole.MaxNameLength, MinimumLength = 1)] string? Role);

/// <summary>The body of check-in and check-out: the six digits on the organizer's screen (or in its QR code).</summary>
public sealed record class CheckInRequest([property: Required, RegularExpression(@"^\d{6}$")] string? Code);

/// <summary>The body of a correction: the check-in and check-out as they were, and why (kept with the sign-up).</summary>
public sealed record class CorrectHoursRequest(
    [property: Required] DateTimeOffset? CheckedInAt,
    [property: Required] DateTimeOffset? CheckedOutAt,
    [property: Required, StringLength(200, MinimumLength = 1)] string? Reason);
