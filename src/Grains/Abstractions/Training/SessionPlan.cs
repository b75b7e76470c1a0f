namespace Incubator.Training;

/// <summary>
/// What a course hands its new session: the schedule plus a copy of the course, so the session answers alone; BookingId is
/// the booking of the schedule's space that holds the session's time.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.SessionPlan")]
public sealed record class SessionPlan(Guid CourseId, Guid IncubatorId, string CourseTitle, string Topic, decimal Hours, ScheduleSession Schedule, Guid? BookingId = null);
