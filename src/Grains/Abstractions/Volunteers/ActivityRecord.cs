namespace Incubator.Volunteers;

/// <summary>A published activity with, per role, the places taken and the volunteers waiting.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ActivityRecord")]
public sealed record class ActivityRecord(
    Guid Id,
    OrganizerKind OrganizerKind,
    Guid OrganizerId,
    string OrganizerName,
    Guid AreaId,
    string Title,
    string Place,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    IReadOnlyList<RoleSeats> Roles,
    string? TargetGroup,
    Guid? StationProjectId,
    Guid? EngagementId,
    DateTimeOffset PublishedAt,
    string PublishedBy);

[GenerateSerializer, Immutable, Alias("Incubator.RoleSeats")]
public sealed record class RoleSeats(string Name, int Headcount, int Taken, int Waiting);

/// <summary>
/// One volunteer's sign-up to an activity: his place or waitlist position, check-in and check-out, the hours they give
/// (capped by the activity's span) and, once the organizer confirmed them, when and by whom; corrections are kept.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.ActivitySignUp")]
public sealed record class ActivitySignUp(
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
    IReadOnlyList<HoursCorrection> Corrections);

/// <summary>An organizer's correction of a check-in or check-out (a missed scan, a wrong time), with his reason.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.HoursCorrection")]
public sealed record class HoursCorrection(
    DateTimeOffset? CheckedInBefore,
    DateTimeOffset? CheckedOutBefore,
    DateTimeOffset CheckedIn,
    DateTimeOffset CheckedOut,
    decimal? HoursBefore,
    decimal Hours,
    string Reason,
    DateTimeOffset CorrectedAt,
    string CorrectedBy);

/// <summary>What the organizer's screen shows: the code of the current 30-second window and when it changes.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CheckInCode")]
public sealed record class CheckInCode(string Code, DateTimeOffset ChangesAt);
