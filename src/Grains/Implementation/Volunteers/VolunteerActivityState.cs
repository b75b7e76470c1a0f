using Incubator.Venues;

namespace Incubator.Volunteers;

/// <summary>Persisted state of <see cref="VolunteerActivityGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.VolunteerActivityState")]
public sealed class VolunteerActivityState
{
    [Id(0)] public PublishActivity? Activity { get; set; }

    /// <summary>The HMAC key of the check-in codes; it never leaves the silo.</summary>
    [Id(1)] public byte[] CodeSecret { get; set; } = [];

    /// <summary>In the order they were made; a cancelled sign-up stays, so the history is kept.</summary>
    [Id(2)] public List<SignUpState> SignUps { get; set; } = [];

    /// <summary>Handed out as volunteers join a waitlist, so it moves up in the order they came.</summary>
    [Id(3)] public long NextWaitlistNumber { get; set; } = 1;

    [Id(4)] public DateTimeOffset PublishedAt { get; set; }
    [Id(5)] public string PublishedBy { get; set; } = "";

    /// <summary>The zone of the activity's area, for the times its messages name.</summary>
    [Id(6)] public string TimeZoneId { get; set; } = VenueTime.DefaultTimeZoneId;
}

/// <summary>One sign-up inside <see cref="VolunteerActivityState"/>. Stored with it: never rename or renumber.</summary>
[GenerateSerializer, Alias("Incubator.VolunteerSignUpState")]
public sealed class SignUpState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid VolunteerId { get; set; }
    [Id(2)] public string VolunteerName { get; set; } = "";
    [Id(3)] public string MobileNumber { get; set; } = "";
    [Id(4)] public string Role { get; set; } = "";
    [Id(5)] public SignUpStatus Status { get; set; }
    [Id(6)] public long? WaitlistNumber { get; set; }
    [Id(7)] public DateTimeOffset SignedUpAt { get; set; }
    [Id(8)] public DateTimeOffset? CheckedInAt { get; set; }
    [Id(9)] public DateTimeOffset? CheckedOutAt { get; set; }
    [Id(10)] public decimal? Hours { get; set; }
    [Id(11)] public DateTimeOffset? ConfirmedAt { get; set; }
    [Id(12)] public string? ConfirmedBy { get; set; }
    [Id(13)] public List<HoursCorrection> Corrections { get; set; } = [];
}
