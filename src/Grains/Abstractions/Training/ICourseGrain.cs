using Incubator.Common;

namespace Incubator.Training;

/// <summary>A course of an incubator and the sessions scheduled for it.</summary>
public interface ICourseGrain : IGrainWithGuidKey
{
    /// <summary>Refused when a course exists under this id already or the incubator is unknown.</summary>
    Task<CourseRecord> CreateAsync(CreateCourse command, Actor actor);

    /// <summary>Null when no course was created under this id.</summary>
    Task<CourseRecord?> GetAsync();

    /// <summary>Schedules a new session (its own grain, which counts the seats) and returns it.</summary>
    Task<SessionRecord> ScheduleSessionAsync(ScheduleSession command, Actor actor);

    /// <summary>Earliest first.</summary>
    Task<IReadOnlyList<SessionRecord>> GetSessionsAsync();
}
