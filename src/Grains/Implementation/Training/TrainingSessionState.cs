namespace Incubator.Training;

/// <summary>Persisted state of <see cref="TrainingSessionGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.TrainingSessionState")]
public sealed class TrainingSessionState
{
    [Id(0)] public Guid CourseId { get; set; }
    [Id(1)] public Guid IncubatorId { get; set; }
    [Id(2)] public string CourseTitle { get; set; } = "";
    [Id(3)] public string Topic { get; set; } = "";
    [Id(4)] public decimal Hours { get; set; }
    [Id(5)] public DateTimeOffset StartsAt { get; set; }
    [Id(6)] public DateTimeOffset EndsAt { get; set; }
    [Id(7)] public string Venue { get; set; } = "";
    [Id(8)] public string Trainer { get; set; } = "";
    [Id(9)] public int Capacity { get; set; }
    [Id(10)] public DateTimeOffset ScheduledAt { get; set; }
    [Id(11)] public string ScheduledBy { get; set; } = "";

    /// <summary>In the order they were made; a withdrawn enrollment stays, so the history is kept.</summary>
    [Id(12)] public List<EnrollmentState> Enrollments { get; set; } = [];

    /// <summary>Handed out as enrollees join the waitlist, so it moves up in the order they came.</summary>
    [Id(13)] public long NextWaitlistNumber { get; set; } = 1;

    /// <summary>The space the session booked and that booking; null for sessions scheduled with a typed place.</summary>
    [Id(14)] public Guid? SpaceId { get; set; }
    [Id(15)] public Guid? BookingId { get; set; }
}

/// <summary>One enrollment inside <see cref="TrainingSessionState"/>. Stored with it: never rename or renumber.</summary>
[GenerateSerializer, Alias("Incubator.EnrollmentState")]
public sealed class EnrollmentState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public EnrolleeKind Kind { get; set; }
    [Id(2)] public string EnrolleeId { get; set; } = "";
    [Id(3)] public string EnrolleeName { get; set; } = "";
    [Id(4)] public EnrollmentStatus Status { get; set; }
    [Id(5)] public DateTimeOffset EnrolledAt { get; set; }
    [Id(6)] public string EnrolledBy { get; set; } = "";
    [Id(7)] public long? WaitlistNumber { get; set; }
    [Id(8)] public DateTimeOffset? AttendanceRecordedAt { get; set; }
    [Id(9)] public string? AttendanceRecordedBy { get; set; }
    [Id(10)] public string? CertificateNumber { get; set; }
}
