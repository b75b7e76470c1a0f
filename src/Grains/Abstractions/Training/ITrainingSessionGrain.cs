using Incubator.Common;

namespace Incubator.Training;

/// <summary>
/// One session of a course: the consistency boundary for its seats. Orleans runs one call at a time here, so simultaneous
/// enrollments queue up and capacity holds; the ones that find it full go on the waitlist, which moves up in order.
/// </summary>
public interface ITrainingSessionGrain : IGrainWithGuidKey
{
    /// <summary>Called once by its course.</summary>
    Task<SessionRecord> ScheduleAsync(SessionPlan plan, Actor actor);

    /// <summary>Null when no session was scheduled under this id.</summary>
    Task<SessionRecord?> GetAsync();

    /// <summary>Seated enrollees first (in enrollment order), then the waitlist in order, then the withdrawn.</summary>
    Task<IReadOnlyList<Enrollment>> GetEnrollmentsAsync();

    /// <summary>Takes a free seat, or a waitlist place when full; until the session ends, once per enrollee (a withdrawn one may return).</summary>
    Task<Enrollment> EnrollAsync(Enrollee enrollee, Actor actor);

    /// <summary>Before the session starts; a freed seat goes to the first on the waitlist.</summary>
    Task<Enrollment> WithdrawAsync(Guid enrollmentId, Actor actor);

    /// <summary>Once the session has started, for a seated enrollee; may be corrected. Attended hours go to the enrollee's training record.</summary>
    Task<Enrollment> RecordAttendanceAsync(Guid enrollmentId, bool attended, Actor actor);
}
