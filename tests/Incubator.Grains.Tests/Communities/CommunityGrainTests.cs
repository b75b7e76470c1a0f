using Incubator.Common;
using Incubator.Communities;
using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Timeline;
using Incubator.Venues;
using Npgsql;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class CommunityGrainTests(GrainClusterFixture fixture)
{
    private static readonly Actor Worker = new("worker-1", "王社工");

    [Fact]
    public async Task EveryProfileChangeIsKeptFieldByFieldWithWhoAndWhen()
    {
        var tree = await CommunityTree.CreateAsync(fixture);
        var community = fixture.Grains.GetGrain<ICommunityGrain>(tree.Community.Id);

        var first = await community.UpdateProfileAsync(CommunityTree.Profile(residents: 8_000, hasSpace: false), Worker);
        fixture.Time.Advance(TimeSpan.FromHours(2));
        var second = await community.UpdateProfileAsync(CommunityTree.Profile(residents: 8_000, hasSpace: false) with { Residents = 9_000, HasSpace = true, SpaceDescription = "新建党群服务中心一楼" }, Scenario.Manager);
        var unchanged = await community.UpdateProfileAsync(second.Profile!, Scenario.Manager);

        Assert.Equal(CommunityProfile.Fields, Assert.Single(first.History).Changes.Select(c => c.Field));
        Assert.All(first.History[0].Changes, c => Assert.Null(c.Old));
        Assert.Equal(2, unchanged.History.Count);
        var latest = unchanged.History[0];
        Assert.Equal((CommunityChangeKind.ProfileChanged, "李经理", fixture.Time.GetUtcNow()), (latest.Kind, latest.ActorName, latest.At));
        Assert.Equal(
            [("residents", "8000", "9000"), ("hasSpace", "false", "true"), ("spaceDescription", "", "新建党群服务中心一楼")],
            latest.Changes.Select(c => (c.Field, c.Old, c.New)));
        Assert.Equal(tree.Subdistrict.Id, unchanged.SubdistrictId);
        Assert.Equal(tree.District.Id, unchanged.DistrictId);

        await using var connection = await OpenAsync();
        await using var row = new NpgsqlCommand(
            "SELECT residents, households, has_space, district_id FROM incubator.community_profiles WHERE community_id = $1", connection) { Parameters = { new() { Value = tree.Community.Id } } };
        await using (var reader = await row.ExecuteReaderAsync())
        {
            Assert.True(await reader.ReadAsync());
            Assert.Equal((9_000, 8_000 / 3, true, tree.District.Id), (reader.GetInt32(0), reader.GetInt32(1), reader.GetBoolean(2), reader.GetGuid(3)));
        }

        await using var history = new NpgsqlCommand(
            "SELECT year, residents FROM incubator.community_residents_history WHERE community_id = $1", connection) { Parameters = { new() { Value = tree.Community.Id } } };
        await using var years = await history.ExecuteReaderAsync();
        Assert.True(await years.ReadAsync());
        Assert.Equal((fixture.Time.GetUtcNow().Year, 9_000), (years.GetInt32(0), years.GetInt32(1)));
        Assert.False(await years.ReadAsync());
    }

    [Theory]
    [InlineData(100, 101, 0, false, "", "households")]
    [InlineData(100, 10, 101, false, "", "elderly")]
    [InlineData(-1, 0, 0, false, "", "residents")]
    [InlineData(100, 10, 10, true, " ", "spaceDescription")]
    public async Task ProfileRulesNameTheFieldAndChangeNothing(int residents, int households, int elderly, bool hasSpace, string space, string field)
    {
        var tree = await CommunityTree.CreateAsync(fixture);
        var community = fixture.Grains.GetGrain<ICommunityGrain>(tree.Community.Id);

        var error = await Assert.ThrowsAsync<DomainException>(() => community.UpdateProfileAsync(
            new CommunityProfile("居委会", residents, households, elderly, 0, 0, 0, hasSpace, space), Worker));

        Assert.Equal((DomainErrorKind.Invalid, field), (error.Kind, error.Field));
        Assert.Null((await community.GetAsync()).Profile);
    }

    [Fact]
    public async Task AnAreaThatIsNoCommunityHasNoCommunityRecord()
    {
        var tree = await CommunityTree.CreateAsync(fixture);

        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<ICommunityGrain>(tree.Subdistrict.Id).GetAsync());

        Assert.Equal((DomainErrorKind.NotFound, "communityId"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task StationingStartsAndEndsOnTheOrganizationsTimelineAndInTheCommunitysHistory()
    {
        var tree = await CommunityTree.CreateAsync(fixture);
        var organizationId = await VenueScenario.FileAsync(fixture, tree.Association.Id);
        var spaceId = Guid.NewGuid();
        var space = await fixture.Grains.GetGrain<ISpaceGrain>(spaceId).CreateAsync(VenueScenario.Definition(tree.Association.Id), Scenario.Manager);
        var community = fixture.Grains.GetGrain<ICommunityGrain>(tree.Community.Id);
        var startsOn = new DateOnly(2026, 3, 1);

        var started = await community.StartStationingAsync(new StartStationing(organizationId, startsOn, startsOn.AddYears(2).AddDays(-1), spaceId, "三年服务协议"), Worker);

        Assert.True(started.IsActive);
        Assert.Equal(space.Name, started.SpaceName);
        var twice = await Assert.ThrowsAsync<DomainException>(() => community.StartStationingAsync(new StartStationing(organizationId, startsOn, startsOn.AddYears(1), null, ""), Worker));
        Assert.Equal((DomainErrorKind.Conflict, "organizationId"), (twice.Kind, twice.Field));
        var early = await Assert.ThrowsAsync<DomainException>(() => community.EndStationingAsync(new EndStationing(started.Id, startsOn.AddDays(-1), "提前"), Worker));
        Assert.Equal("endedOn", early.Field);

        var ended = await community.EndStationingAsync(new EndStationing(started.Id, startsOn.AddMonths(6), "服务项目结束"), Worker);

        Assert.Equal((startsOn.AddMonths(6), "服务项目结束", false), (ended.EndedOn, ended.EndReason, ended.IsActive));
        var record = await community.GetAsync();
        Assert.Equal([CommunityChangeKind.StationingEnded, CommunityChangeKind.StationingStarted], record.History.Select(h => h.Kind));
        Assert.All(record.History, h => Assert.Equal((organizationId, started.Id), (h.OrganizationId!.Value, h.StationingId!.Value)));
        Assert.Equal("服务项目结束", record.History[0].Note);
        var timeline = await fixture.Grains.TimelineAsync(organizationId);
        Assert.Equal([TimelineAction.Filed, TimelineAction.Stationed, TimelineAction.StationingEnded], timeline.Select(e => e.Action));
        Assert.Equal(tree.Community.Id.ToString(), timeline[1].Argument(TimelineArgs.AreaId));
        Assert.Equal("服务项目结束", timeline[2].Argument(TimelineArgs.Reason));
        var again = await Assert.ThrowsAsync<DomainException>(() => community.EndStationingAsync(new EndStationing(started.Id, startsOn.AddMonths(7), "再次"), Worker));
        Assert.Equal(DomainErrorKind.Conflict, again.Kind);

        await using var connection = await OpenAsync();
        await using var row = new NpgsqlCommand(
            "SELECT organization_id, space_id, ended_on, end_reason FROM incubator.stationings WHERE stationing_id = $1", connection) { Parameters = { new() { Value = started.Id } } };
        await using var reader = await row.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((organizationId, spaceId, startsOn.AddMonths(6), "服务项目结束"),
            (reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateOnly>(2), reader.GetString(3)));
    }

    [Fact]
    public async Task OnlyAnOrganizationHeldByTheCommunitysIncubatorIsStationedThere()
    {
        var tree = await CommunityTree.CreateAsync(fixture);
        var elsewhere = await Scenario.IncubatorAsync(fixture.Grains);
        var organizationId = await VenueScenario.FileAsync(fixture, elsewhere.Id);
        var spaceElsewhere = Guid.NewGuid();
        await fixture.Grains.GetGrain<ISpaceGrain>(spaceElsewhere).CreateAsync(VenueScenario.Definition(elsewhere.Id), Scenario.Manager);
        var held = await VenueScenario.FileAsync(fixture, tree.Association.Id);
        var community = fixture.Grains.GetGrain<ICommunityGrain>(tree.Community.Id);
        var startsOn = new DateOnly(2026, 3, 1);

        var notHeld = await Assert.ThrowsAsync<DomainException>(() => community.StartStationingAsync(new StartStationing(organizationId, startsOn, startsOn.AddYears(1), null, ""), Worker));
        var wrongSpace = await Assert.ThrowsAsync<DomainException>(() => community.StartStationingAsync(new StartStationing(held, startsOn, startsOn.AddYears(1), spaceElsewhere, ""), Worker));
        var backwards = await Assert.ThrowsAsync<DomainException>(() => community.StartStationingAsync(new StartStationing(held, startsOn, startsOn.AddDays(-1), null, ""), Worker));

        Assert.Equal((DomainErrorKind.Invalid, "organizationId", ErrorCodes.StationingNotHeld), (notHeld.Kind, notHeld.Field, notHeld.Errors[0].Code));
        Assert.Equal((DomainErrorKind.Invalid, "spaceId"), (wrongSpace.Kind, wrongSpace.Field));
        Assert.Equal("endsOn", backwards.Field);
        Assert.Empty((await community.GetAsync()).Stationings);
        Assert.Equal([TimelineAction.Filed], (await fixture.Grains.TimelineAsync(organizationId)).Select(e => e.Action));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
