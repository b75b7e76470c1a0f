using Incubator.Organizations;
using Incubator.Volunteers;

namespace Incubator.Client.Volunteers;

/// <summary>A volunteer's own record: the ID-card number only masked, never in clear.</summary>
public sealed record class VolunteerDto(
    Guid Id,
    string Name,
    string MobileNumber,
    Guid CommunityId,
    IReadOnlyList<ServiceDomain> Skills,
    string? Availability,
    DateTimeOffset RegisteredAt)
{
    private sealed class Mapping : DtoMap<VolunteerRecord, VolunteerDto>;
}

/// <summary>His confirmed hours in one activity.</summary>
public sealed record class ConfirmedServiceDto(Guid ActivityId, string ActivityTitle, string OrganizerName, DateTimeOffset StartsAt, decimal Hours, DateTimeOffset ConfirmedAt)
{
    private sealed class Mapping : DtoMap<ConfirmedService, ConfirmedServiceDto>;
}

/// <summary>His confirmed hours of one year (in his area's zone) and the activities that gave them.</summary>
public sealed record class YearHoursDto(int Year, decimal Hours, IReadOnlyList<ConfirmedServiceDto> Activities);

/// <summary>
/// The signed-in volunteer's home: his record, ID-card number masked (null when none), his sign-ups, confirmed hours by
/// year, in total, his star level (0-5) and the hours the next star needs (null at five stars).
/// </summary>
public sealed record class VolunteerHomeDto(
    VolunteerDto Volunteer,
    string? IdCardNumberMasked,
    string CommunityName,
    IReadOnlyList<VolunteerSignUpDto> SignUps,
    IReadOnlyList<YearHoursDto> HoursByYear,
    decimal ConfirmedHours,
    int Stars,
    int? NextStarAt);

public sealed record class VolunteerSignUpDto(
    Guid ActivityId,
    string Title,
    string OrganizerName,
    string Place,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Role,
    SignUpStatus Status,
    int? WaitlistPosition,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CheckedOutAt,
    decimal? Hours,
    bool Confirmed)
{
    private sealed class Mapping : DtoMap<VolunteerSignUpRow, VolunteerSignUpDto>;
}

/// <summary>A certificate of volunteer service as issued to him: the full name, for printing.</summary>
public sealed record class VolunteerCertificateDto(string VerificationCode, Guid VolunteerId, string VolunteerName, int? Year, decimal Hours, int Activities, DateTimeOffset IssuedAt)
{
    private sealed class Mapping : DtoMap<VolunteerCertificate, VolunteerCertificateDto>;
}

/// <summary>What the public verification page shows: the name masked, the year, hours, activities and issue time.</summary>
public sealed record class VerifiedCertificateDto(string VerificationCode, string VolunteerName, int? Year, decimal Hours, int Activities, DateTimeOffset IssuedAt);

public sealed record class RoleSeatsDto(string Name, int Headcount, int Taken, int Waiting)
{
    private sealed class Mapping : DtoMap<RoleSeats, RoleSeatsDto>;
}

public sealed record class ActivityDto(
    Guid Id,
    OrganizerKind OrganizerKind,
    Guid OrganizerId,
    string OrganizerName,
    Guid AreaId,
    string Title,
    string Place,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<RoleSeatsDto> Roles,
    string? TargetGroup,
    Guid? StationProjectId,
    Guid? EngagementId,
    DateTimeOffset PublishedAt,
    string PublishedBy)
{
    private sealed class Mapping : DtoMap<ActivityRecord, ActivityDto>;
}

public sealed record class ActivityListingDto(
    Guid Id,
    string Title,
    OrganizerKind OrganizerKind,
    Guid OrganizerId,
    string OrganizerName,
    Guid AreaId,
    string Place,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int Places,
    int Taken,
    int Waiting)
{
    private sealed class Mapping : DtoMap<ActivityListing, ActivityListingDto>;
}

public sealed record class HoursCorrectionDto(
    DateTimeOffset? CheckedInBefore,
    DateTimeOffset? CheckedOutBefore,
    DateTimeOffset CheckedIn,
    DateTimeOffset CheckedOut,
    decimal? HoursBefore,
    decimal Hours,
    string Reason,
    DateTimeOffset CorrectedAt,
    string CorrectedBy)
{
    private sealed class Mapping : DtoMap<HoursCorrection, HoursCorrectionDto>;
}

/// <summary>A sign-up as the organizer sees it; the mobile number is masked for readers who do not organize the activity.</summary>
public sealed record class ActivitySignUpDto(
    Guid Id,
    Guid ActivityId,
    Guid VolunteerId,
    string VolunteerName,
    string MobileNumber,
    string Role,
    SignUpStatus Status,
    int? WaitlistPosition,
    DateTimeOffset SignedUpAt,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CheckedOutAt,
    decimal? Hours,
    DateTimeOffset? ConfirmedAt,
    string? ConfirmedBy,
    IReadOnlyList<HoursCorrectionDto> Corrections)
{
    private sealed class Mapping : DtoMap<ActivitySignUp, ActivitySignUpDto>;
}

/// <summary>One activity's page: the activity, the caller's own sign-up (volunteers), and whether he organizes it.</summary>
public sealed record class ActivityPageDto(ActivityDto Activity, ActivitySignUpDto? MySignUp, bool CanOrganize);

/// <summary>The organizer's screen: the code, when it changes, and a QR image (PNG data URI) of the check-in address with the code.</summary>
public sealed record class CheckInCodeDto(string Code, DateTimeOffset ChangesAt, string CheckInPath, string QrImage);
