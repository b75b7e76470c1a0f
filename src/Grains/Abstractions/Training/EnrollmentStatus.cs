namespace Incubator.Training;

/// <summary>Where an enrollment stands. Stored by number: append, never renumber.</summary>
public enum EnrollmentStatus
{
    /// <summary>Holds a seat.</summary>
    Enrolled = 0,
    /// <summary>Waits for a seat in the order it enrolled.</summary>
    Waitlisted = 1,
    /// <summary>Gave the seat or the waitlist place back.</summary>
    Withdrawn = 2,
    /// <summary>Came: the session's hours count and a certificate is issued.</summary>
    Attended = 3,
    /// <summary>Did not come; the seat stays taken, since the session is over.</summary>
    Absent = 4,
}
