using Incubator.Common;

namespace Incubator.Training;

/// <summary>The seat rules of a session, apart from the grain so they read in one place; the queue itself is the shared <see cref="SeatQueue{TEntry}"/>.</summary>
public static class SessionSeats
{
    public static readonly SeatQueue<EnrollmentState> Queue = new(e => HoldsSeat(e.Status), e => e.Status == EnrollmentStatus.Waitlisted ? e.WaitlistNumber : null);

    /// <summary>An attended or absent enrollee keeps his seat: the session happened with it reserved.</summary>
    public static bool HoldsSeat(EnrollmentStatus status) =>
        status is EnrollmentStatus.Enrolled or EnrollmentStatus.Attended or EnrollmentStatus.Absent;

    /// <summary>Still in the session, seated or waiting; such an enrollee cannot enroll a second time.</summary>
    public static bool IsActive(EnrollmentStatus status) => status != EnrollmentStatus.Withdrawn;

    public static int Taken(IEnumerable<EnrollmentState> enrollments) => Queue.Taken(enrollments);

    public static int WaitlistCount(IEnumerable<EnrollmentState> enrollments) => Queue.WaitlistCount(enrollments);

    public static int? WaitlistPosition(IEnumerable<EnrollmentState> enrollments, EnrollmentState enrollment) => Queue.WaitlistPosition(enrollments, enrollment);

    /// <summary>Printed on the certificate: the session's day and the enrollment, so it is unique and can be traced back.</summary>
    public static string CertificateNumber(DateTimeOffset startsAt, Guid enrollmentId) =>
        $"PX{startsAt:yyyyMMdd}-{enrollmentId.ToString("N")[..8].ToUpperInvariant()}";
}
