using Incubator.Training;

namespace Incubator.Client.Training;

public sealed record class EnrollmentDto(
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
    string? CertificateNumber)
{
    private sealed class Mapping : DtoMap<Enrollment, EnrollmentDto>;
}
