using Incubator.Testing;
using Incubator.Training;

namespace Incubator.Grains.Tests;

/// <summary>Courses and sessions for the tests, timed around the fixture's domain clock (which only moves forward).</summary>
internal static class TrainingScenario
{
    public static CreateCourse Course(Guid incubatorId, decimal hoursPerSession = 4m) =>
        new(incubatorId, $"财务管理 {Guid.NewGuid():N}"[..16], "财务", "社会组织财务制度与报表", hoursPerSession);

    /// <summary>A session starting <paramref name="startsInHours"/> from the domain clock's now (negative: already started), two hours long.</summary>
    public static ScheduleSession Session(GrainClusterFixture fixture, int capacity = 10, int startsInHours = 24)
    {
        var startsAt = fixture.Time.GetUtcNow().AddHours(startsInHours);
        return new ScheduleSession(startsAt, startsAt.AddHours(2), "昆都仑区孵化园 201 室", "王老师", capacity);
    }

    public static async Task<(ICourseGrain Course, ITrainingSessionGrain Session)> ScheduleAsync(
        GrainClusterFixture fixture, Guid incubatorId, int capacity = 10, int startsInHours = 24, decimal hoursPerSession = 4m)
    {
        var course = fixture.Grains.GetGrain<ICourseGrain>(Guid.NewGuid());
        await course.CreateAsync(Course(incubatorId, hoursPerSession), Scenario.Manager);
        var session = await course.ScheduleSessionAsync(Session(fixture, capacity, startsInHours), Scenario.Manager);
        return (course, fixture.Grains.GetGrain<ITrainingSessionGrain>(session.Id));
    }
}
