using Incubator.Bookings;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Indexes;
using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Timeline;
using Incubator.Venues;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class BookingGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task HundredSimultaneousRequestsForOneSlotGiveExactlyOneBooking()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var space = fixture.Grains.GetGrain<ISpaceGrain>(Guid.NewGuid());
        await space.CreateAsync(VenueScenario.Definition(incubator.Id), Scenario.Manager);
        var organizations = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => VenueScenario.FileAsync(fixture, incubator.Id)));
        var day = VenueScenario.Day(fixture, 3);

        var outcomes = await Task.WhenAll(organizations.Select(async id =>
        {
            try
            {
                return (Booking: await space.RequestBookingAsync(VenueScenario.Once(id, VenueScenario.At(day, 9), VenueScenario.At(day, 11)), Scenario.Manager), Error: (DomainException?)null);
            }
            catch (DomainException e)
            {
                return (Booking: (BookingRecord?)null, Error: e);
            }
        }));

        var winner = Assert.Single(outcomes, o => o.Booking is not null).Booking!;
        Assert.Equal(99, outcomes.Count(o => o.Error is { Kind: DomainErrorKind.Conflict, Field: "slot" }));
        var held = await space.GetBookingsAsync(VenueScenario.At(day, 0), VenueScenario.At(day.AddDays(1), 0));
        Assert.Equal([winner.Id], held.Select(b => b.Id));
        var timeline = await fixture.Grains.TimelineAsync(winner.OrganizationId);
        Assert.Equal(TimelineAction.BookingRequested, timeline[^1].Action);
    }

    [Fact]
    public async Task WeeklyBookingsKeepTheirLocalTimeAcrossAMonthEndInShanghai()
    {
        var (space, organization) = await VenueScenario.SpaceWithOrganizationAsync(fixture);
        // The first Tuesday that is the 1st of a month: 07:30 in Shanghai is 23:30 UTC on the last day of the month before.
        var soon = VenueScenario.Day(fixture, 15);
        var first = new DateOnly(soon.Year, soon.Month, 1).AddMonths(1);
        while (first.DayOfWeek != DayOfWeek.Tuesday)
        {
            first = first.AddMonths(1);
        }

        var booking = await space.RequestBookingAsync(
            VenueScenario.Weekly(organization, DayOfWeek.Tuesday, new TimeOnly(7, 30), new TimeOnly(9, 0), first.AddDays(-14), weeks: 4), Scenario.Manager);

        var local = booking.Occurrences.Select(o => VenueTime.ToLocal(o.Start, VenueScenario.Shanghai)).ToArray();
        Assert.Equal([first.AddDays(-14), first.AddDays(-7), first, first.AddDays(7)], local.Select(DateOnly.FromDateTime));
        Assert.All(local, l => Assert.Equal((DayOfWeek.Tuesday, new TimeOnly(7, 30)), (l.DayOfWeek, TimeOnly.FromDateTime(l))));
        var acrossTheMonthEnd = booking.Occurrences[2];
        var lastDayBefore = first.AddDays(-1);
        Assert.Equal(new DateTimeOffset(lastDayBefore.Year, lastDayBefore.Month, lastDayBefore.Day, 23, 30, 0, TimeSpan.Zero), acrossTheMonthEnd.Start);
        Assert.Equal(TimeSpan.FromHours(1.5), acrossTheMonthEnd.End - acrossTheMonthEnd.Start);
        Assert.All(booking.Occurrences.Zip(booking.Occurrences.Skip(1)), pair => Assert.Equal(TimeSpan.FromDays(7), pair.Second.Start - pair.First.Start));
    }

    [Fact]
    public async Task AWeeklySeriesUntilADateEndsOnTheLastWeekdayBeforeIt()
    {
        var (space, organization) = await VenueScenario.SpaceWithOrganizationAsync(fixture);
        var from = VenueScenario.Day(fixture, 2);
        var weekly = new WeeklySlot(DayOfWeek.Friday, new TimeOnly(14, 0), new TimeOnly(16, 0), from, null, from.AddDays(30));

        var booking = await space.RequestBookingAsync(new RequestBooking(organization, "手工课", null, weekly), Scenario.Manager);

        var days = booking.Occurrences.Select(o => DateOnly.FromDateTime(VenueTime.ToLocal(o.Start, VenueScenario.Shanghai))).ToArray();
        Assert.All(days, d => Assert.Equal(DayOfWeek.Friday, d.DayOfWeek));
        Assert.True(days[0] >= from && days[0] < from.AddDays(7));
        Assert.True(days[^1] <= from.AddDays(30) && days[^1] > from.AddDays(23));
    }

    [Fact]
    public async Task BackToBackBookingsAreAllowedButAnOverlapConflicts()
    {
        var (space, organization) = await VenueScenario.SpaceWithOrganizationAsync(fixture);
        var day = VenueScenario.Day(fixture, 4);
        await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, 9), VenueScenario.At(day, 11)), Scenario.Manager);

        await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, 11), VenueScenario.At(day, 12)), Scenario.Manager);
        await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, 8), VenueScenario.At(day, 9)), Scenario.Manager);

        foreach (var (from, to) in new[] { (10, 13), (8, 10), (9, 11), (7, 22) })
        {
            var overlap = await Assert.ThrowsAsync<DomainException>(() =>
                space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, from), VenueScenario.At(day, to)), Scenario.Manager));
            Assert.Equal((DomainErrorKind.Conflict, "slot"), (overlap.Kind, overlap.Field));
        }

        // A weekly series conflicts when any one of its occurrences does.
        var series = await Assert.ThrowsAsync<DomainException>(() => space.RequestBookingAsync(
            VenueScenario.Weekly(organization, day.DayOfWeek, new TimeOnly(10, 30), new TimeOnly(11, 30), day, weeks: 3), Scenario.Manager));
        Assert.Equal(DomainErrorKind.Conflict, series.Kind);
    }

    [Theory]
    [InlineData(10, 9, "end")]
    [InlineData(6, 8, "start")]
    [InlineData(21, 23, "start")]
    public async Task BadTimesAreRefusedNamingTheField(int fromHour, int toHour, string field)
    {
        var (space, organization) = await VenueScenario.SpaceWithOrganizationAsync(fixture);
        var day = VenueScenario.Day(fixture, 2);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, fromHour), VenueScenario.At(day, toHour)), Scenario.Manager));

        Assert.Equal((DomainErrorKind.Invalid, field), (refused.Kind, refused.Field));
    }

    [Fact]
    public async Task ADeclinedBookingFreesItsSlotAndSaysWhy()
    {
        var (space, organization) = await VenueScenario.SpaceWithOrganizationAsync(fixture);
        var day = VenueScenario.Day(fixture, 5);
        var slot = VenueScenario.Once(organization, VenueScenario.At(day, 14), VenueScenario.At(day, 16));
        var booking = await space.RequestBookingAsync(slot, Scenario.Manager);

        var noReason = await Assert.ThrowsAsync<DomainException>(() => space.DecideBookingAsync(booking.Id, false, " ", Scenario.Manager));
        Assert.Equal("reason", noReason.Field);
        var declined = await space.DecideBookingAsync(booking.Id, false, "当天场地检修", Scenario.Manager);

        Assert.Equal((BookingStatus.Declined, "当天场地检修"), (declined.Status, declined.DecisionReason));
        Assert.Equal(BookingStatus.Pending, (await space.RequestBookingAsync(slot, Scenario.Manager)).Status);
        var actions = (await fixture.Grains.TimelineAsync(organization)).Select(e => e.Action).ToArray();
        Assert.Equal([TimelineAction.BookingRequested, TimelineAction.BookingDeclined, TimelineAction.BookingRequested], actions[^3..]);
    }

    [Fact]
    public async Task CancellingOneOccurrenceKeepsTheSeriesWhileCancellingTheRestFreesEveryLaterOne()
    {
        var (space, organization) = await VenueScenario.SpaceWithOrganizationAsync(fixture);
        var from = VenueScenario.Day(fixture, 1);
        var booking = await space.RequestBookingAsync(
            VenueScenario.Weekly(organization, from.DayOfWeek, new TimeOnly(9, 0), new TimeOnly(10, 0), from, weeks: 6), Scenario.Manager);
        await space.DecideBookingAsync(booking.Id, true, "", Scenario.Manager);
        Assert.Equal(6, fixture.ScheduledJobs(space.GetPrimaryKey()).Count(j => j.Value.Job.Args[1] is Guid id && id == booking.Id));

        var one = await space.CancelAsync(booking.Id, 1, restOfSeries: false, Scenario.Manager);
        Assert.Equal(
            [OccurrenceStatus.Scheduled, OccurrenceStatus.Cancelled, OccurrenceStatus.Scheduled, OccurrenceStatus.Scheduled, OccurrenceStatus.Scheduled, OccurrenceStatus.Scheduled],
            one.Occurrences.Select(o => o.Status));
        var rest = await space.CancelAsync(booking.Id, 3, restOfSeries: true, Scenario.Manager);
        Assert.Equal(
            [OccurrenceStatus.Scheduled, OccurrenceStatus.Cancelled, OccurrenceStatus.Scheduled, OccurrenceStatus.Cancelled, OccurrenceStatus.Cancelled, OccurrenceStatus.Cancelled],
            rest.Occurrences.Select(o => o.Status));
        Assert.Equal(2, fixture.ScheduledJobs(space.GetPrimaryKey()).Count(j => j.Value.Job.Args[1] is Guid id && id == booking.Id));

        // The cancelled week is free again; the kept one is not.
        var freed = VenueScenario.Day(fixture, 1).AddDays(7);
        await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(freed, 9), VenueScenario.At(freed, 10)), Scenario.Manager);
        var kept = freed.AddDays(7);
        await Assert.ThrowsAsync<DomainException>(() =>
            space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(kept, 9), VenueScenario.At(kept, 10)), Scenario.Manager));
        var again = await Assert.ThrowsAsync<DomainException>(() => space.CancelAsync(booking.Id, 1, false, Scenario.Manager));
        Assert.Equal(DomainErrorKind.Conflict, again.Kind);
        var timeline = await fixture.Grains.TimelineAsync(organization);
        Assert.Equal(2, timeline.Count(e => e.Action == TimelineAction.BookingCancelled));
    }

    [Fact]
    public async Task ARequestCancelledInFullLeavesTheApprovalQueueAndCannotBeApproved()
    {
        var (space, organization) = await VenueScenario.SpaceWithOrganizationAsync(fixture);
        var day = VenueScenario.Day(fixture, 2);
        var booking = await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, 14), VenueScenario.At(day, 16)), Scenario.Manager);
        Assert.Contains(await space.GetPendingBookingsAsync(), b => b.Id == booking.Id);

        var cancelled = await space.CancelAsync(booking.Id, 0, false, Scenario.Manager);

        Assert.Equal(BookingStatus.Cancelled, cancelled.Status);
        Assert.DoesNotContain(await space.GetPendingBookingsAsync(), b => b.Id == booking.Id);
        var refused = await Assert.ThrowsAsync<DomainException>(() => space.DecideBookingAsync(booking.Id, true, "", Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, ErrorCodes.BookingNotPending), (refused.Kind, refused.Code));
        Assert.Equal(BookingStatus.Cancelled, (await space.GetBookingAsync(booking.Id)).Status);
    }

    [Fact]
    public async Task AnOccurrenceWithoutCheckInIsReleasedOnceByItsJobAndCheckInOrCancelLeaveNoJob()
    {
        var (space, organization) = await VenueScenario.SpaceWithOrganizationAsync(fixture, autoApprove: true);
        var spaceId = space.GetPrimaryKey();
        var day = VenueScenario.Day(fixture, 1);
        var missed = await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, 8), VenueScenario.At(day, 9)), Scenario.Manager);
        var attended = await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, 9), VenueScenario.At(day, 10)), Scenario.Manager);
        var dropped = await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, 10), VenueScenario.At(day, 11)), Scenario.Manager);
        Assert.Equal(BookingStatus.Approved, missed.Status);
        var job = Assert.Single(fixture.ScheduledJobs(spaceId), j => (Guid)j.Value.Job.Args[1] == missed.Id);
        Assert.Equal(VenueScenario.At(day, 8, 15).UtcDateTime, job.Value.EnqueueAt, TimeSpan.FromSeconds(1));

        await space.CancelAsync(dropped.Id, 0, false, Scenario.Manager);
        Assert.DoesNotContain(fixture.ScheduledJobs(spaceId), j => (Guid)j.Value.Job.Args[1] == dropped.Id);

        var runJob = new NoShowReleaseJob(fixture.Grains);
        fixture.Time.SetUtcNow(VenueScenario.At(day, 8, 14));
        await runJob.RunAsync(spaceId, missed.Id, 0);
        Assert.Equal(OccurrenceStatus.Scheduled, (await space.GetBookingAsync(missed.Id)).Occurrences[0].Status);

        fixture.Time.SetUtcNow(VenueScenario.At(day, 8, 50));
        var checkedIn = await space.CheckInAsync(attended.Id, 0, Scenario.Manager);
        Assert.Equal(OccurrenceStatus.CheckedIn, checkedIn.Occurrences[0].Status);
        Assert.DoesNotContain(fixture.ScheduledJobs(spaceId), j => (Guid)j.Value.Job.Args[1] == attended.Id);

        await runJob.RunAsync(spaceId, missed.Id, 0);
        await runJob.RunAsync(spaceId, missed.Id, 0);
        await runJob.RunAsync(spaceId, attended.Id, 0);

        Assert.Equal(OccurrenceStatus.Released, (await space.GetBookingAsync(missed.Id)).Occurrences[0].Status);
        Assert.Equal(OccurrenceStatus.CheckedIn, (await space.GetBookingAsync(attended.Id)).Occurrences[0].Status);
        var timeline = await fixture.Grains.TimelineAsync(organization);
        Assert.Single(timeline, e => e.Action == TimelineAction.NoShowReleased);
        Assert.Single(timeline, e => e.Action == TimelineAction.CheckedIn);
        // The released hour is free for someone who turns up.
        await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, 8, 50), VenueScenario.At(day, 9)), Scenario.Manager);
    }

    [Fact]
    public async Task ACommunityBooksItsDistrictsSharedRoomButNotAnUnsharedOneOrAnotherDistricts()
    {
        var geography = fixture.Grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await geography.AddAreaAsync($"区 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);
        var subdistrict = await geography.AddAreaAsync($"街道 {Guid.NewGuid():N}", AreaLevel.Subdistrict, district.Id, Scenario.Manager);
        var community = await geography.AddAreaAsync($"社区 {Guid.NewGuid():N}", AreaLevel.Community, subdistrict.Id, Scenario.Manager);
        var park = await geography.AddIncubatorAsync($"孵化园 {Guid.NewGuid():N}", district.Id, Scenario.Manager);
        var association = await geography.AddIncubatorAsync($"促进会 {Guid.NewGuid():N}", community.Id, Scenario.Manager);
        var elsewhere = await Scenario.IncubatorAsync(fixture.Grains);
        var organization = await VenueScenario.FileAsync(fixture, association.Id);
        var shared = fixture.Grains.GetGrain<ISpaceGrain>(Guid.NewGuid());
        var own = fixture.Grains.GetGrain<ISpaceGrain>(Guid.NewGuid());
        var foreign = fixture.Grains.GetGrain<ISpaceGrain>(Guid.NewGuid());
        await shared.CreateAsync(VenueScenario.Definition(park.Id, shared: true), Scenario.Manager);
        await own.CreateAsync(VenueScenario.Definition(park.Id), Scenario.Manager);
        await foreign.CreateAsync(VenueScenario.Definition(elsewhere.Id, shared: true), Scenario.Manager);
        var day = VenueScenario.Day(fixture, 6);
        var request = VenueScenario.Once(organization, VenueScenario.At(day, 9), VenueScenario.At(day, 10));

        var booked = await shared.RequestBookingAsync(request, Scenario.Manager);

        Assert.Equal(park.Id, booked.IncubatorId);
        Assert.Equal("spaceId", (await Assert.ThrowsAsync<DomainException>(() => own.RequestBookingAsync(request, Scenario.Manager))).Field);
        Assert.Equal("spaceId", (await Assert.ThrowsAsync<DomainException>(() => foreign.RequestBookingAsync(request, Scenario.Manager))).Field);
        var spaces = await fixture.Grains.Index<SpaceRecord>(park.Id).ListAsync();
        Assert.Equal(2, spaces.Count);
        Assert.Equal([booked.Id], (await fixture.Grains.Index<BookingRecord>(organization).ListAsync()).Select(b => b.Id));
    }

    [Fact]
    public async Task UsageCountsBookedAndCheckedInHoursAndWhoDidNotCome()
    {
        var (space, organization) = await VenueScenario.SpaceWithOrganizationAsync(fixture, autoApprove: true);
        var day = VenueScenario.Day(fixture, 1);
        var first = await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, 9), VenueScenario.At(day, 11)), Scenario.Manager);
        await space.RequestBookingAsync(VenueScenario.Once(organization, VenueScenario.At(day, 14), VenueScenario.At(day, 15)), Scenario.Manager);
        fixture.Time.SetUtcNow(VenueScenario.At(day, 9, 5));
        await space.CheckInAsync(first.Id, 0, Scenario.Manager);
        fixture.Time.SetUtcNow(VenueScenario.At(day.AddDays(1), 7));

        var usage = await space.GetUsageAsync(day, day.AddDays(7));

        Assert.Equal((7 * 15.0, 3.0, 2.0), (usage.OpenHours, usage.BookedHours, usage.CheckedInHours));
        var attendance = Assert.Single(usage.Attendance);
        Assert.Equal((organization, 2, 1), (attendance.OrganizationId, attendance.PastOccurrences, attendance.CheckedIn));
    }
}
