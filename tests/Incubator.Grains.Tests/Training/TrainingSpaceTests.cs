using Incubator.Bookings;
using Incubator.Common;
using Incubator.Testing;
using Incubator.Training;
using Incubator.Venues;

namespace Incubator.Grains.Tests;

/// <summary>A session held in a space books it through the space's own rules: a taken slot refuses the session.</summary>
[Collection(GrainTestCollection.Name)]
public sealed class TrainingSpaceTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task ASessionInASpaceBooksItAndASessionOrBookingForATakenSlotIsRefused()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var space = fixture.Grains.GetGrain<ISpaceGrain>(Guid.NewGuid());
        var spaceRecord = await space.CreateAsync(VenueScenario.Definition(incubator.Id), Scenario.Manager);
        var course = fixture.Grains.GetGrain<ICourseGrain>(Guid.NewGuid());
        await course.CreateAsync(TrainingScenario.Course(incubator.Id), Scenario.Manager);
        var day = VenueScenario.Day(fixture, 3);

        var session = await course.ScheduleSessionAsync(At(day, 9, 11, spaceRecord.Id), Scenario.Manager);

        Assert.Equal(spaceRecord.Name, session.Venue);
        Assert.Equal(spaceRecord.Id, session.SpaceId);
        var booking = await space.GetBookingAsync(session.BookingId!.Value);
        Assert.Equal(BookingStatus.Approved, booking.Status);
        Assert.Equal(Guid.Empty, booking.OrganizationId);
        Assert.Equal((VenueScenario.At(day, 9), VenueScenario.At(day, 11)), (booking.Occurrences[0].Start, booking.Occurrences[0].End));

        var second = await Assert.ThrowsAsync<DomainException>(() => course.ScheduleSessionAsync(At(day, 10, 12, spaceRecord.Id), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, ErrorCodes.BookingSlotTaken), (second.Kind, second.Code));
        Assert.Single(await course.GetSessionsAsync());

        var organizationId = await VenueScenario.FileAsync(fixture, incubator.Id);
        var clash = await Assert.ThrowsAsync<DomainException>(() =>
            space.RequestBookingAsync(VenueScenario.Once(organizationId, VenueScenario.At(day, 10), VenueScenario.At(day, 12)), Scenario.Manager));
        Assert.Equal(ErrorCodes.BookingSlotTaken, clash.Code);

        var outsideHours = await Assert.ThrowsAsync<DomainException>(() => course.ScheduleSessionAsync(At(day, 21, 23, spaceRecord.Id), Scenario.Manager));
        Assert.Equal(ErrorCodes.BookingOutsideHours, Assert.Single(outsideHours.Errors).Code);
    }

    [Fact]
    public async Task ASpaceOfAnotherDistrictIsRefusedAndATypedPlaceStillSchedules()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var elsewhere = await Scenario.IncubatorAsync(fixture.Grains);
        var foreign = fixture.Grains.GetGrain<ISpaceGrain>(Guid.NewGuid());
        var foreignRecord = await foreign.CreateAsync(VenueScenario.Definition(elsewhere.Id, shared: true), Scenario.Manager);
        var course = fixture.Grains.GetGrain<ICourseGrain>(Guid.NewGuid());
        await course.CreateAsync(TrainingScenario.Course(incubator.Id), Scenario.Manager);

        var refused = await Assert.ThrowsAsync<DomainException>(() =>
            course.ScheduleSessionAsync(At(VenueScenario.Day(fixture, 3), 9, 11, foreignRecord.Id), Scenario.Manager));
        Assert.Equal(("spaceId", ErrorCodes.SpaceNotReachableForIncubator), (Assert.Single(refused.Errors).Field, refused.Errors[0].Code));
        Assert.Empty(await foreign.GetBookingsAsync(fixture.Time.GetUtcNow(), fixture.Time.GetUtcNow().AddDays(30)));

        // Sessions scheduled before spaces were chosen keep their typed place.
        var typed = await course.ScheduleSessionAsync(TrainingScenario.Session(fixture), Scenario.Manager);
        Assert.Equal(("昆都仑区孵化园 201 室", null), (typed.Venue, typed.SpaceId));
    }

    private static ScheduleSession At(DateOnly day, int fromHour, int toHour, Guid spaceId) =>
        new(VenueScenario.At(day, fromHour), VenueScenario.At(day, toHour), "", "王老师", 20, spaceId);
}
