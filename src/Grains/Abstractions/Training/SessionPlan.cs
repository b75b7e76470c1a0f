namespace Incubator.Training;

/// <summary>What a course hands its new session: the schedule plus a copy of the course, so the session answers alone.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.SessionPlan")]
public sealed record class SessionPlan(Guid CourseId, Guid IncubatorId, string CourseTitle, string Topic, decimal Hours, ScheduleSession Schedule);
