namespace Incubator.Training;

/// <summary>The seat rules of a session, apart from the grain so they read in one place.</summary>
public static class SessionSeats
{
    /// <summary>An attended or absent enrollee keeps his seat: the session happened with it reserved.</summary>
    public static bool HoldsSeat(EnrollmentStatus status) =>
        status is EnrollmentStatus.Enrolled or EnrollmentStatus.Attended or EnrollmentStatus.Absent;

    /// <summary>Still in the session, seated or waiting; such an enrollee cannot enroll a second time.</summary>
    public static bool IsActive(EnrollmentStatus status) => status != EnrollmentStatus.Withdrawn;

    public static int Taken(IEnumerable<EnrollmentState> enrollments) => enrollments.Count(e => HoldsSeat(e.Status));

    public static int WaitlistCount(IEnumerable<EnrollmentState> enrollments) => enrollments.Count(e => e.Status == EnrollmentStatus.Waitlisted);

    /// <summary>First come, first promoted.</summary>
    public static EnrollmentState? FirstWaiting(IEnumerable<EnrollmentState> enrollments) =>
        enrollments.Where(e => e.Status == EnrollmentStatus.Waitlisted).MinBy(e => e.WaitlistNumber);

    public static int? WaitlistPosition(IEnumerable<EnrollmentState> enrollments, EnrollmentState enrollment) =>
        enrollment.Status == EnrollmentStatus.Waitlisted
            ? enrollments.Count(w => w.Status == EnrollmentStatus.Waitlisted && w.WaitlistNumber < enrollment.WaitlistNumber) + 1
            : null;

    /// <summary>Printed on the certificate: the session's day and the enrollment, so it is unique and can be traced back.</summary>
    public static string CertificateNumber(DateTimeOffset startsAt, Guid enrollmentId) =>
        $"PX{startsAt:yyyyMMdd}-{enrollmentId.ToString("N")[..8].ToUpperInvariant()}";
}
