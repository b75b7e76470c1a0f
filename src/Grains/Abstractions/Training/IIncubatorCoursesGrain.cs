namespace Incubator.Training;

/// <summary>The courses of one incubator (keyed by incubator id), so listing them does not activate every course.</summary>
public interface IIncubatorCoursesGrain : IGrainWithGuidKey
{
    /// <summary>Adds or replaces the course's row; called by the course after every change to it.</summary>
    Task UpsertAsync(CourseRecord course);

    /// <summary>By title.</summary>
    Task<IReadOnlyList<CourseRecord>> ListAsync();
}
