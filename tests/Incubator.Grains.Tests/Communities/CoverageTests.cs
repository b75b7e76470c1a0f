using Incubator.Communities;
using Incubator.Testing;
using Incubator.Venues;
using Npgsql;

namespace Incubator.Grains.Tests;

/// <summary>
/// Coverage and the certified-per-10,000 ratio against figures worked out by hand from the rows below: two communities of one
/// subdistrict, social workers and needs written as their helpers' grains write them (incubator.social_workers, needs).
/// </summary>
[Collection(GrainTestCollection.Name)]
public sealed class CoverageTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task CoverageAndRatiosAreWhatTheRecordsGiveByHand()
    {
        var tree = await CommunityTree.CreateAsync(fixture);
        var (a, b) = (tree.Community.Id, tree.Neighbour.Id);
        var now = fixture.Time.GetUtcNow();

        var today = DateOnly.FromDateTime(VenueTime.ToLocal(now, VenueTime.DefaultTimeZoneId));
        var (year, lastYear) = (today.Year, today.Year - 1);
        await fixture.Grains.GetGrain<ICommunityGrain>(a).UpdateProfileAsync(CommunityTree.Profile(residents: 8_000), Scenario.Manager);
        await fixture.Grains.GetGrain<ICommunityGrain>(b).UpdateProfileAsync(CommunityTree.Profile(residents: 12_000, hasSpace: false), Scenario.Manager);
        await fixture.Grains.GetGrain<IStationGrain>(Guid.NewGuid()).CreateAsync(
            new DefineStation("兴康社工站", [a], null, [], VenueScenario.EveryDaySevenToTen), Scenario.Manager);
        var stationed = await VenueScenario.FileAsync(fixture, tree.Association.Id);
        await fixture.Grains.GetGrain<ICommunityGrain>(a).StartStationingAsync(new StartStationing(stationed, today, today.AddYears(1), null, ""), Scenario.Manager);

        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        // A's residents as last recorded last year (the clock only moves forward, so written as the grain would have then).
        await using (var history = new NpgsqlCommand("INSERT INTO incubator.community_residents_history VALUES ($1, $2, 7000)", connection))
        {
            history.Parameters.Add(new() { Value = a });
            history.Parameters.Add(new() { Value = lastYear });
            await history.ExecuteNonQueryAsync();
        }

        var district = tree.District.Id;
        await SocialWorkerAsync(connection, district, [a], new DateOnly(lastYear, 6, 1), null);
        await SocialWorkerAsync(connection, district, [a, b], today, null);
        await SocialWorkerAsync(connection, district, [b], new DateOnly(lastYear - 2, 1, 1), new DateOnly(lastYear, 12, 31));
        await SocialWorkerAsync(connection, district, [b], null, null);
        await NeedAsync(connection, tree, a, status: 0, posted: now.AddDays(-10), due: today.AddDays(4), matched: null);
        await NeedAsync(connection, tree, a, status: 1, posted: now.AddDays(-20), due: today.AddDays(-5), matched: now.AddDays(-8));
        await NeedAsync(connection, tree, b, status: 1, posted: now.AddDays(-20), due: today.AddDays(-10), matched: now.AddDays(-3));
        await NeedAsync(connection, tree, b, status: 0, posted: now.AddDays(-30), due: today.AddDays(-16), matched: null);

        var directory = fixture.Grains.GetGrain<ICommunityDirectoryGrain>(0);
        var subdistrict = await directory.CoverageAsync(tree.Subdistrict.Id, today, now);

        var rowA = subdistrict.Children.Single(c => c.AreaId == a);
        var rowB = subdistrict.Children.Single(c => c.AreaId == b);
        Assert.Equal((8_000, 1, 1, 2, 2.50m, 1, 10, 1m, 0, 0, 0), Figures(rowA));
        Assert.Equal((12_000, 0, 0, 1, 0.83m, 1, 30, 0m, 1, 0, 1), Figures(rowB));
        // The subdistrict counts each social worker once: 2 of them for 20,000 residents; one need of three was matched in time.
        Assert.Equal((20_000, 1, 1, 2, 1.00m, 2, 30, 0.3333m, 1, 0, 1), Figures(subdistrict.Total));
        var inDistrict = await directory.CoverageAsync(district, today, now);
        Assert.Equal(tree.Subdistrict.Id, Assert.Single(inDistrict.Children).AreaId);
        Assert.Equal(Figures(subdistrict.Total), Figures(inDistrict.Total));

        var ratios = await directory.CertifiedRatiosAsync(district, lastYear, year);
        (int, int, decimal?) Ratio(Guid area, int year)
        {
            var ratio = ratios.Single(r => r.AreaId == area && r.Year == year);
            return (ratio.Residents, ratio.CertifiedSocialWorkers, ratio.Per10000);
        }

        // Last year: only the first worker was certified by December 31 (the third left that day); B had no residents recorded yet.
        Assert.Equal((7_000, 1, 1.43m), Ratio(a, lastYear));
        Assert.Equal((0, 0, null), Ratio(b, lastYear));
        Assert.Equal((7_000, 1, 1.43m), Ratio(district, lastYear));
        Assert.Equal((8_000, 2, 2.50m), Ratio(a, year));
        Assert.Equal((12_000, 1, 0.83m), Ratio(b, year));
        Assert.Equal((20_000, 2, 1.00m), Ratio(tree.Subdistrict.Id, year));
        Assert.Equal((20_000, 2, 1.00m), Ratio(district, year));
    }

    private static (int, int, int, int, decimal?, int, int?, decimal?, int, int, int) Figures(CoverageRow row) =>
        (row.Residents, row.Stations, row.StationedOrganizations, row.CertifiedSocialWorkers, row.CertifiedPer10000, row.OpenNeeds,
            row.OldestOpenNeedDays, row.MatchedBeforeDueShare, row.WithoutStation, row.WithoutCertifiedSocialWorker, row.WithoutSpace);

    private static async Task SocialWorkerAsync(NpgsqlConnection connection, Guid districtId, Guid[] communities, DateOnly? certifiedOn, DateOnly? leftOn)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO incubator.social_workers
                (social_worker_id, name, district_id, community_ids, certification_level, certificate_number, certified_on, status, left_on, weekly_hours_available)
            VALUES ($1, '社工', $2, $3, $4, $5, $6, $7, $8, 20)
            """, connection);
        command.Parameters.Add(new() { Value = Guid.NewGuid() });
        command.Parameters.Add(new() { Value = districtId });
        command.Parameters.Add(new() { Value = communities });
        command.Parameters.Add(new() { Value = certifiedOn is null ? DBNull.Value : (short)2, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Smallint });
        command.Parameters.Add(new() { Value = certifiedOn is null ? DBNull.Value : $"S{Guid.NewGuid():N}", NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)certifiedOn ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        command.Parameters.Add(new() { Value = (short)(leftOn is null ? 0 : 1) });
        command.Parameters.Add(new() { Value = (object?)leftOn ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
        await command.ExecuteNonQueryAsync();
    }

    private static async Task NeedAsync(NpgsqlConnection connection, CommunityTree tree, Guid community, short status, DateTimeOffset posted, DateOnly due, DateTimeOffset? matched)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO incubator.needs
                (need_id, community_id, subdistrict_id, district_id, title, domain, target_group, residents_affected, urgency, wanted_by,
                 status, posted_at, due_on, matched_at, escalation_level, owner_user_id)
            VALUES ($1, $2, $3, $4, '助老服务', 0, 0, 10, 1, $5, $6, $7, $5, $8, 0, 'worker')
            """, connection);
        command.Parameters.Add(new() { Value = Guid.NewGuid() });
        command.Parameters.Add(new() { Value = community });
        command.Parameters.Add(new() { Value = tree.Subdistrict.Id });
        command.Parameters.Add(new() { Value = tree.District.Id });
        command.Parameters.Add(new() { Value = due });
        command.Parameters.Add(new() { Value = status });
        command.Parameters.Add(new() { Value = posted.UtcDateTime });
        command.Parameters.Add(new() { Value = (object?)matched?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        await command.ExecuteNonQueryAsync();
    }
}
