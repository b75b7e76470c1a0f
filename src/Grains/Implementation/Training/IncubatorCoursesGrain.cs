using Incubator.Common;

namespace Incubator.Training;

/// <summary>Persisted course rows of one incubator. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.IncubatorCoursesState")]
public sealed class IncubatorCoursesState
{
    [Id(0)] public Dictionary<Guid, CourseRecord> Courses { get; set; } = [];
}

public sealed class IncubatorCoursesGrain(
    [PersistentState("incubatorCourses", StorageNames.Incubator)] IPersistentState<IncubatorCoursesState> state) : Grain, IIncubatorCoursesGrain
{
    public async Task UpsertAsync(CourseRecord course)
    {
        state.State.Courses[course.Id] = course;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<CourseRecord>> ListAsync() =>
        Task.FromResult<IReadOnlyList<CourseRecord>>(state.State.Courses.Values
            .OrderBy(c => c.Title, StringComparer.Ordinal)
            .ThenBy(c => c.CreatedAt)
            .ToArray());
}
