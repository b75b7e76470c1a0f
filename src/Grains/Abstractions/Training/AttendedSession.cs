using Incubator.Indexes;

namespace Incubator.Training;

/// <summary>
/// A session someone attended, as his training record keeps it: the hours it counts and the certificate it earned. The
/// record is an <see cref="IIndexGrain{TRow}"/> under <see cref="TrainingRecordKeys"/>, written only by sessions when
/// attendance is recorded; read it with <see cref="TrainingRecordExtensions.TrainingRecordAsync"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.AttendedSession")]
public sealed record class AttendedSession(
    Guid SessionId,
    Guid CourseId,
    string CourseTitle,
    string Topic,
    DateTimeOffset StartsAt,
    decimal Hours,
    Guid EnrollmentId,
    string CertificateNumber) : IIndexRow<AttendedSession>
{
    /// <summary>The state name TrainingRecordGrain stored these rows under.</summary>
    public static string IndexName => "trainingRecord";

    /// <summary>Newest session first.</summary>
    public static IEnumerable<AttendedSession> InListOrder(IEnumerable<AttendedSession> rows) => rows.OrderByDescending(s => s.StartsAt);

    /// <summary>A session counts once, however often its attendance is corrected.</summary>
    Guid IIndexRow<AttendedSession>.Id => SessionId;
}

/// <summary>Everything an organization or a social worker attended, with the hours summed.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.TrainingRecord")]
public sealed record class TrainingRecord(decimal AttendedHours, IReadOnlyList<AttendedSession> Sessions)
{
    /// <summary>Attended hours an organization needs before it graduates (the gate's TrainingCompleted item).</summary>
    public const decimal HoursToGraduate = 8m;
}
