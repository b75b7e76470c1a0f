namespace Incubator.Training;

/// <summary>A session someone attended, as his training record keeps it: the hours it counts and the certificate it earned.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.AttendedSession")]
public sealed record class AttendedSession(
    Guid SessionId,
    Guid CourseId,
    string CourseTitle,
    string Topic,
    DateTimeOffset StartsAt,
    decimal Hours,
    Guid EnrollmentId,
    string CertificateNumber);

/// <summary>Everything an organization or a social worker attended, with the hours summed.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.TrainingRecord")]
public sealed record class TrainingRecord(decimal AttendedHours, IReadOnlyList<AttendedSession> Sessions)
{
    /// <summary>Attended hours an organization needs before it graduates (the gate's TrainingCompleted item).</summary>
    public const decimal HoursToGraduate = 8m;
}
