using Incubator.Bookings;
using Incubator.Common;
using Incubator.Communities;
using Incubator.Geography;
using Incubator.Indexes;
using Incubator.Testing;
using Incubator.Timeline;
using Incubator.Venues;
using Npgsql;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class StationGrainTests(GrainClusterFixture fixture)
{
    private static readonly IReadOnlyList<DailyHours> Weekdays =
        new[] { DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Wednesday }.Select(d => new DailyHours(d, new TimeOnly(8, 30), new TimeOnly(17, 30))).ToArray();

    [Fact]
    public async Task AStationServesCommunitiesRunByAnOrganizationWithRoomsBookableLikeAnySpace()
    {
        var tree = await CommunityTree.CreateAsync(fixture);
        var operatorId = await VenueScenario.FileAsync(fixture, tree.Association.Id);
        var staff = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var stationId = Guid.NewGuid();
        var station = fixture.Grains.GetGrain<IStationGrain>(stationId);

        var created = await station.CreateAsync(new DefineStation(" 兴康社工站 ", [tree.Community.Id, tree.Neighbour.Id], operatorId, staff, Weekdays), Scenario.Manager);
        var roomId = Guid.NewGuid();
        var withRoom = await station.AddRoomAsync(roomId, VenueScenario.Definition(tree.Association.Id, autoApprove: true), Scenario.Manager);

        Assert.Equal(("兴康社工站", tree.District.Id), (created.Name, created.DistrictId));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], created.OpeningHours.Select(h => h.Day));
        Assert.Equal([roomId], withRoom.RoomSpaceIds);
        var room = await fixture.Grains.GetGrain<ISpaceGrain>(roomId).GetAsync();
        Assert.Equal(tree.Association.Id, room!.IncubatorId);
        Assert.Contains(await fixture.Grains.Index<SpaceRecord>(tree.Association.Id).ListAsync(), s => s.Id == roomId);
        var day = VenueScenario.Day(fixture, 3);
        var booking = await fixture.Grains.GetGrain<ISpaceGrain>(roomId).RequestBookingAsync(
            VenueScenario.Once(operatorId, VenueScenario.At(day, 9), VenueScenario.At(day, 11)), Scenario.Manager);
        Assert.Equal(BookingStatus.Approved, booking.Status);
        Assert.Equal(TimelineAction.StationOperated, (await fixture.Grains.TimelineAsync(operatorId)).First(e => e.Action != TimelineAction.Filed).Action);

        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var row = new NpgsqlCommand(
            "SELECT community_ids, operator_organization_id, staff_social_worker_ids, retired FROM incubator.stations WHERE station_id = $1", connection) { Parameters = { new() { Value = stationId } } };
        await using var reader = await row.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(new[] { tree.Community.Id, tree.Neighbour.Id }, reader.GetFieldValue<Guid[]>(0));
        Assert.Equal(operatorId, reader.GetGuid(1));
        Assert.Equal(staff, reader.GetFieldValue<Guid[]>(2));
        Assert.False(reader.GetBoolean(3));
        Assert.Contains(stationId, await fixture.Grains.GetGrain<ICommunityDirectoryGrain>(0).StationsServingAsync([tree.Neighbour.Id]));
    }

    [Fact]
    public async Task CommunitiesOfTwoDistrictsOrARoomOutsideThemAreRefusedNamingTheField()
    {
        var tree = await CommunityTree.CreateAsync(fixture);
        var other = await CommunityTree.CreateAsync(fixture);
        var station = fixture.Grains.GetGrain<IStationGrain>(Guid.NewGuid());

        var twoDistricts = await Assert.ThrowsAsync<DomainException>(() =>
            station.CreateAsync(new DefineStation("社工站", [tree.Community.Id, other.Community.Id], null, [], Weekdays), Scenario.Manager));
        var notACommunity = await Assert.ThrowsAsync<DomainException>(() =>
            station.CreateAsync(new DefineStation("社工站", [tree.Subdistrict.Id], null, [], Weekdays), Scenario.Manager));
        await station.CreateAsync(new DefineStation("社工站", [tree.Neighbour.Id], null, [], Weekdays), Scenario.Manager);
        var roomElsewhere = await Assert.ThrowsAsync<DomainException>(() =>
            station.AddRoomAsync(Guid.NewGuid(), VenueScenario.Definition(tree.Association.Id), Scenario.Manager));

        Assert.Equal((DomainErrorKind.Invalid, "communityIds"), (twoDistricts.Kind, twoDistricts.Field));
        Assert.Equal((DomainErrorKind.Invalid, "communityIds"), (notACommunity.Kind, notACommunity.Field));
        Assert.Equal((DomainErrorKind.Invalid, "incubatorId"), (roomElsewhere.Kind, roomElsewhere.Field));
        Assert.Empty((await station.GetAsync())!.RoomSpaceIds);
    }

    [Fact]
    public async Task ProjectStepsGoInOrderEachDatedAndOwned()
    {
        var tree = await CommunityTree.CreateAsync(fixture);
        var station = fixture.Grains.GetGrain<IStationGrain>(Guid.NewGuid());
        await station.CreateAsync(new DefineStation("社工站", [tree.Community.Id], null, [], Weekdays), Scenario.Manager);
        var projectId = Guid.NewGuid();
        await station.StartProjectAsync(projectId, new StartStationProject("老来乐日间照料"), Scenario.Manager);
        var day = new DateOnly(2026, 3, 2);
        RecordProjectStep Step(ProjectStep step, DateOnly on) => new(projectId, step, on, "刘社工", "入户走访 120 户", [], null, null, [], null);

        var outOfOrder = await Assert.ThrowsAsync<DomainException>(() => station.RecordProjectStepAsync(Step(ProjectStep.Design, day), Scenario.Manager));
        await station.RecordProjectStepAsync(Step(ProjectStep.NeedsSurvey, day), Scenario.Manager);
        var noGroups = await Assert.ThrowsAsync<DomainException>(() => station.RecordProjectStepAsync(Step(ProjectStep.TargetGroups, day.AddDays(3)), Scenario.Manager));
        await station.RecordProjectStepAsync(Step(ProjectStep.TargetGroups, day.AddDays(3)) with { TargetGroups = [TargetGroup.Elderly, TargetGroup.HardshipFamilies] }, Scenario.Manager);
        var backdated = await Assert.ThrowsAsync<DomainException>(() => station.RecordProjectStepAsync(Step(ProjectStep.Design, day.AddDays(2)), Scenario.Manager));
        await station.RecordProjectStepAsync(Step(ProjectStep.Design, day.AddDays(10)), Scenario.Manager);
        var noShare = await Assert.ThrowsAsync<DomainException>(() => station.RecordProjectStepAsync(Step(ProjectStep.ResidentParticipation, day.AddDays(20)), Scenario.Manager));
        await station.RecordProjectStepAsync(Step(ProjectStep.ResidentParticipation, day.AddDays(20)) with
        {
            ResidentFundingSharePercent = 15m, Volunteers = 24, UniversityPartners = ["内蒙古大学", " 内蒙古师范大学 "],
        }, Scenario.Manager);
        var project = await station.RecordProjectStepAsync(Step(ProjectStep.Outcome, day.AddDays(90)) with { ResidentsServed = 310 }, Scenario.Manager);
        var finished = await Assert.ThrowsAsync<DomainException>(() => station.RecordProjectStepAsync(Step(ProjectStep.Outcome, day.AddDays(91)) with { ResidentsServed = 1 }, Scenario.Manager));

        Assert.Equal((DomainErrorKind.Conflict, "step", ErrorCodes.ProjectStepOrder), (outOfOrder.Kind, outOfOrder.Field, outOfOrder.Code));
        Assert.Equal("targetGroups", noGroups.Field);
        Assert.Equal("on", backdated.Field);
        Assert.Equal(["residentFundingSharePercent", "volunteers"], noShare.Errors.Select(e => e.Field));
        Assert.Equal(ErrorCodes.ProjectFinished, finished.Code);
        Assert.Null(project.NextStep);
        Assert.Equal(Enum.GetValues<ProjectStep>(), project.Steps.Select(s => s.Step));
        Assert.All(project.Steps, s => Assert.Equal(("刘社工", "李经理"), (s.Owner, s.RecordedBy)));
        var participation = project.Steps[3];
        Assert.Equal((15m, 24), (participation.ResidentFundingSharePercent!.Value, participation.Volunteers!.Value));
        Assert.Equal(["内蒙古大学", "内蒙古师范大学"], participation.UniversityPartners);
        Assert.Equal(310, project.Steps[4].ResidentsServed);
        Assert.Equal([TargetGroup.Elderly, TargetGroup.HardshipFamilies], project.Steps[1].TargetGroups);
    }
}
