using Incubator.Bookings;
using Incubator.Cohorts;
using Incubator.Geography;
using Incubator.Training;
using Incubator.Venues;

namespace Incubator.Domain.Tests;

/// <summary>The order each row type's index lists its rows in (the order the five list grains had).</summary>
public sealed class IndexRowOrderTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void CohortsListTheNewestIntakeFirstThenByName()
    {
        CohortSummary Cohort(string name, int month) => new(Guid.NewGuid(), Guid.Empty, name, new DateOnly(2026, month, 1), new DateOnly(2026, month, 28), 10, 12, 0, 0, 0);

        Assert.Equal(["秋季", "B", "春季"], CohortSummary.InListOrder([Cohort("B", 3), Cohort("秋季", 9), Cohort("春季", 3)]).Select(c => c.Name));
    }

    [Fact]
    public void SpacesListByKindThenName()
    {
        SpaceRecord Space(SpaceKind kind, string name) => new(
            Guid.NewGuid(), Guid.Empty, "孵化园", AreaLevel.District, Guid.Empty, kind, name, 10, [], [], false, false, 15, VenueTime.DefaultTimeZoneId, Monday, "李经理");

        Assert.Equal(
            ["工位 A", "会议室 A", "会议室 B"],
            SpaceRecord.InListOrder([Space(SpaceKind.MeetingRoom, "会议室 B"), Space(SpaceKind.MeetingRoom, "会议室 A"), Space(SpaceKind.Desk, "工位 A")]).Select(s => s.Name));
    }

    [Fact]
    public void CoursesListByTitleThenTheOlderFirst()
    {
        CourseRecord Course(string title, int day) => new(Guid.NewGuid(), Guid.Empty, title, "财务", "", 2m, Monday.AddDays(day), "李经理", 0);
        var later = Course("财务管理", 5);
        var earlier = Course("财务管理", 1);

        Assert.Equal([("Excel", 9), ("财务管理", 1), ("财务管理", 5)], CourseRecord.InListOrder([later, Course("Excel", 9), earlier]).Select(c => (c.Title, (c.CreatedAt - Monday).Days)));
    }

    [Fact]
    public void BookingsListByTheirFirstOccurrenceOrWhenRequestedWithoutOne()
    {
        BookingRecord Booking(string purpose, int requestedDay, int? startDay) => new(
            Guid.NewGuid(), Guid.Empty, "会议室", Guid.Empty, Guid.Empty, "社区服务社", purpose, false, BookingStatus.Pending, null, Monday.AddDays(requestedDay), "李经理",
            null, null, VenueTime.DefaultTimeZoneId,
            startDay is { } day ? [new BookingOccurrence(0, Monday.AddDays(day), Monday.AddDays(day).AddHours(1), OccurrenceStatus.Scheduled, null, null)] : []);

        Assert.Equal(
            ["first", "second", "third"],
            BookingRecord.InListOrder([Booking("third", 0, 5), Booking("second", 3, null), Booking("first", 0, 1)]).Select(b => b.Purpose));
    }

    [Fact]
    public void ATrainingRecordListsTheNewestSessionFirstAndKnowsEachByItsSession()
    {
        AttendedSession Session(int day) => new(Guid.NewGuid(), Guid.NewGuid(), "财务管理", "财务", Monday.AddDays(day), 2m, Guid.NewGuid(), $"PX-{day}");
        var sessions = new[] { Session(1), Session(7), Session(3) };

        Assert.Equal(["PX-7", "PX-3", "PX-1"], AttendedSession.InListOrder(sessions).Select(s => s.CertificateNumber));
        Assert.Equal(sessions[0].SessionId, Id(sessions[0]));
    }

    private static Guid Id<TRow>(TRow row) where TRow : Indexes.IIndexRow<TRow> => row.Id;
}
