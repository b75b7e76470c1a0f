using Incubator.Bookings;
using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Venues;

namespace Incubator.Grains.Tests;

/// <summary>Spaces and bookings for the tests, around the fixture's current day in China Standard Time.</summary>
internal static class VenueScenario
{
    public const string Shanghai = VenueTime.DefaultTimeZoneId;

    public static readonly IReadOnlyList<DailyHours> EveryDaySevenToTen =
        Enum.GetValues<DayOfWeek>().Select(d => new DailyHours(d, new TimeOnly(7, 0), new TimeOnly(22, 0))).ToArray();

    public static DefineSpace Definition(Guid incubatorId, bool shared = false, bool autoApprove = false) => new(
        incubatorId, SpaceKind.MeetingRoom, $"多功能会议室 {Guid.NewGuid():N}"[..16], 20, EveryDaySevenToTen, ["投影仪", "白板"], shared, autoApprove, 15, Shanghai);

    public static async Task<(ISpaceGrain Space, Guid OrganizationId)> SpaceWithOrganizationAsync(GrainClusterFixture fixture, bool autoApprove = false)
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var space = fixture.Grains.GetGrain<ISpaceGrain>(Guid.NewGuid());
        await space.CreateAsync(Definition(incubator.Id, autoApprove: autoApprove), Scenario.Manager);
        return (space, await FileAsync(fixture, incubator.Id));
    }

    public static async Task<Guid> FileAsync(GrainClusterFixture fixture, Guid incubatorId)
    {
        var id = Guid.NewGuid();
        await fixture.Grains.GetGrain<IOrganizationGrain>(id).FileAsync(Scenario.Filing(incubatorId), Scenario.Manager);
        return id;
    }

    /// <summary>The local date <paramref name="days"/> after the fixture's today in Shanghai.</summary>
    public static DateOnly Day(GrainClusterFixture fixture, int days) =>
        DateOnly.FromDateTime(VenueTime.ToLocal(fixture.Time.GetUtcNow(), Shanghai)).AddDays(days);

    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => VenueTime.ToUtc(day, new TimeOnly(hour, minute), Shanghai)!.Value;

    public static RequestBooking Once(Guid organizationId, DateTimeOffset start, DateTimeOffset end) =>
        new(organizationId, "理事会会议", new OneOffSlot(start, end), null);

    public static RequestBooking Weekly(Guid organizationId, DayOfWeek weekday, TimeOnly start, TimeOnly end, DateOnly from, int weeks) =>
        new(organizationId, "每周助老活动", null, new WeeklySlot(weekday, start, end, from, weeks, null));
}
