namespace Incubator.Training;

/// <summary>One enrollment in a session. WaitlistPosition (1-based) only while waitlisted; CertificateNumber only once attended.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.Enrollment")]
public sealed record class Enrollment(
    Guid Id,
    Guid SessionId,
    EnrolleeKind Kind,
    string EnrolleeId,
    string EnrolleeName,
    EnrollmentStatus Status,
    DateTimeOffset EnrolledAt,
    string EnrolledBy,
    int? WaitlistPosition,
    DateTimeOffset? AttendanceRecordedAt,
    string? AttendanceRecordedBy,
    string? CertificateNumber);
