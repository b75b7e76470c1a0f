using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Timeline;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Incubator.Grains.Tests;

/// <summary>
/// Grain state and read models (directory, review tasks, the organization's timeline) cannot drift apart: a failure
/// between the state's commit and its projection is caught up by the projector, and repair mends rows changed behind
/// the platform's back. Its own database, so drift counts are exactly this class's doing.
/// </summary>
public sealed class ReadModelDriftTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    private readonly GrainClusterFixture _fixture = GrainClusterFixture.On(
        TestDatabase.Create("drift"),
        silo => silo.Services.Configure<ProjectorOptions>(o =>
        {
            // Every outbox row is due at once, and rounds follow each other quickly: the tests wait on the projector.
            o.Grace = TimeSpan.Zero;
            o.MinIdleInterval = TimeSpan.FromMilliseconds(50);
            o.MaxIdleInterval = TimeSpan.FromMilliseconds(200);
        }));

    public Task InitializeAsync() => _fixture.InitializeAsync();

    public Task DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task WritesWhoseProjectionFailedAreProjectedOnceByTheProjectorAfterARestart()
    {
        var incubator = await Scenario.IncubatorAsync(_fixture.Grains);
        var ids = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();

        await BreakDirectoryWritesAsync();
        foreach (var id in ids)
        {
            // The state commits; the projection after it fails, yet the caller gets its answer: the write happened.
            var filed = await Organization(id).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
            Assert.Equal(id, filed.Id);
        }

        await Organization(ids[0]).RegisterAsync(TestCreditCodes.New(), Incubator.Organizations.LegalForm.SocialGroup, Scenario.Manager);

        var drift = await DriftAsync();
        Assert.Equal(3, drift[("organization_directory", "missing")]);
        Assert.Equal(3, drift[("projection_outbox", "pending")]);
        Assert.Empty(await _fixture.Grains.TimelineAsync(ids[0]));

        // As if the silo died: no activation remembers what it failed to project, only the database does.
        await _fixture.RestartAsync();
        await MendDirectoryWritesAsync();

        await WaitForNoDriftAsync();
        Assert.Equal([TimelineAction.Filed, TimelineAction.Registered], (await _fixture.Grains.TimelineAsync(ids[0])).Select(e => e.Action));
        foreach (var id in ids[1..])
        {
            Assert.Equal([TimelineAction.Filed], (await _fixture.Grains.TimelineAsync(id)).Select(e => e.Action));
        }
    }

    [Fact]
    public async Task AWriteAfterAFailedProjectionCarriesTheEntriesStillOwed()
    {
        var incubator = await Scenario.IncubatorAsync(_fixture.Grains);
        var id = Guid.NewGuid();
        await BreakDirectoryWritesAsync();
        await Organization(id).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        await MendDirectoryWritesAsync();

        await Organization(id).RegisterAsync(TestCreditCodes.New(), Incubator.Organizations.LegalForm.SocialGroup, Scenario.Manager);

        // The second write's own projection settles both: no entry lost, none twice, whoever projects first.
        await WaitForNoDriftAsync();
        Assert.Equal([TimelineAction.Filed, TimelineAction.Registered], (await _fixture.Grains.TimelineAsync(id)).Select(e => e.Action));
        Assert.Equal(1L, await ScalarAsync<long>($"SELECT count(*) FROM incubator.organization_directory WHERE organization_id = '{id}' AND credit_code IS NOT NULL"));
    }

    [Fact]
    public async Task RepairRestoresMissingStaleAndExtraRowsWithoutRepeatingTimelines()
    {
        var incubator = await Scenario.IncubatorAsync(_fixture.Grains);
        var ids = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var id in ids)
        {
            await Organization(id).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        }

        await Organization(ids[2]).AdmitAsync(new AdmitOrganization(1), Scenario.Manager);
        _fixture.Time.Advance(TimeSpan.FromDays(40));
        Assert.Equal(OrganizationStage.GraduationReview, (await Organization(ids[2]).OpenGraduationReviewAsync()).Stage);
        await WaitForNoDriftAsync();
        var timelines = await Task.WhenAll(ids.Select(id => _fixture.Grains.TimelineAsync(id)));

        await ExecuteAsync($"DELETE FROM incubator.organization_directory WHERE organization_id = '{ids[0]}'");
        await ExecuteAsync($"UPDATE incubator.organization_directory SET name = '改过的名字', stage = 6 WHERE organization_id = '{ids[1]}'");
        await ExecuteAsync($"""
            INSERT INTO incubator.organization_directory (organization_id, incubator_id, name, filing_number, category, stage, filed_at, updated_at)
            VALUES ('{Guid.NewGuid()}', '{incubator.Id}', '没有状态的组织', 'BA-X', 0, 0, now(), now())
            """);
        await ExecuteAsync($"DELETE FROM incubator.review_tasks WHERE organization_id = '{ids[2]}'");
        var expected = new Dictionary<(string, string), long>
        {
            [("organization_directory", "extra")] = 1,
            [("organization_directory", "missing")] = 1,
            [("organization_directory", "stale")] = 1,
            [("projection_outbox", "pending")] = 0,
            [("review_tasks", "extra")] = 0,
            [("review_tasks", "missing")] = 1,
        };
        Assert.Equal(expected, await DriftAsync());

        Assert.Equal(expected, await DriftAsync("SELECT * FROM incubator.repair_read_models()"));

        await WaitForNoDriftAsync();
        Assert.Equal(
            timelines.Select(t => t.Select(e => (e.Action, e.At)).ToArray()),
            (await Task.WhenAll(ids.Select(id => _fixture.Grains.TimelineAsync(id)))).Select(t => t.Select(e => (e.Action, e.At)).ToArray()));
        Assert.Equal(1L, await ScalarAsync<long>($"SELECT count(*) FROM incubator.review_tasks WHERE organization_id = '{ids[2]}' AND closed_at IS NULL"));
    }

    private IOrganizationGrain Organization(Guid id) => _fixture.Grains.GetGrain<IOrganizationGrain>(id);

    // A fault between the two steps: every directory write fails after the grain's state has committed.
    private Task BreakDirectoryWritesAsync() => ExecuteAsync("""
        CREATE FUNCTION public.injected_fault() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$;
        CREATE TRIGGER injected_fault BEFORE INSERT OR UPDATE ON incubator.organization_directory
            FOR EACH ROW EXECUTE FUNCTION public.injected_fault();
        """);

    private Task MendDirectoryWritesAsync() => ExecuteAsync("""
        DROP TRIGGER injected_fault ON incubator.organization_directory;
        DROP FUNCTION public.injected_fault();
        """);

    private Task WaitForNoDriftAsync() => PollUntil.TrueAsync(
        async () => (await DriftAsync()).Values.All(rows => rows == 0), Deadline, "read models to match grain state");

    private async Task<Dictionary<(string ReadModel, string Kind), long>> DriftAsync(string sql = "SELECT * FROM incubator.read_model_drift()")
    {
        await using var connection = new NpgsqlConnection(_fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var drift = new Dictionary<(string, string), long>();
        while (await reader.ReadAsync())
        {
            drift[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
        }

        return drift;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
