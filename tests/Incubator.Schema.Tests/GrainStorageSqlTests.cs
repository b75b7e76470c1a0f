using Incubator.Testing;
using Npgsql;

namespace Incubator.Schema.Tests;

public sealed class GrainStorageSqlTests
{
    private readonly string _connectionString = TestDatabase.Create("storage");
    private readonly GrainStorageSql _sql;

    public GrainStorageSqlTests() => _sql = new GrainStorageSql(_connectionString);

    [Fact]
    public async Task RacingFirstWritesOfOneGrainLeaveExactlyOneRow()
    {
        var write = await _sql.QueryAsync("WriteToStorageKey");
        const int writers = 16;
        using var start = new Barrier(writers);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, writers).Select(i => Task.Run(async () =>
        {
            await using var connection = new NpgsqlConnection(_connectionString);
            await connection.OpenAsync();
            start.SignalAndWait();
            return await GrainStorageSql.WriteAsync(connection, write, grainKey: 42, version: null, [(byte)i]);
        })));

        Assert.Equal(1, outcomes.Count(v => v == 1));
        Assert.Equal(writers - 1, outcomes.Count(v => v is null));
        Assert.Equal(1L, await ScalarAsync<long>("SELECT count(*) FROM orleans.grain_state WHERE grain_id_n0 = 42"));
    }

    [Fact]
    public async Task VersionsAdvanceAndAStaleVersionIsRefused()
    {
        var write = await _sql.QueryAsync("WriteToStorageKey");
        var read = await _sql.QueryAsync("ReadFromStorageKey");
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();

        Assert.Equal((null, null), await GrainStorageSql.ReadAsync(connection, read, 7));
        Assert.Equal(1, await GrainStorageSql.WriteAsync(connection, write, 7, null, [1]));
        Assert.Equal(2, await GrainStorageSql.WriteAsync(connection, write, 7, 1, [2]));
        Assert.Null(await GrainStorageSql.WriteAsync(connection, write, 7, 1, [3]));
        Assert.Null(await GrainStorageSql.WriteAsync(connection, write, 7, null, [4]));
        Assert.Null(await GrainStorageSql.WriteAsync(connection, write, 8, 5, [5]));

        var (payload, version) = await GrainStorageSql.ReadAsync(connection, read, 7);
        Assert.Equal([2], payload);
        Assert.Equal(2, version);
    }

    [Fact]
    public async Task EveryGrainWriteIsOneCommit()
    {
        var write = await _sql.QueryAsync("WriteToStorageKey");

        // Counters in pg_stat_database arrive late from other sessions (pooled connections publish theirs when idle or
        // at exit), so measure in a copy of the migrated database that no session but the writer ever opens.
        var database = await CopyUntouchedAsync(TestDatabase.DatabaseName(_connectionString));
        await using var monitor = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await monitor.OpenAsync();
        await using var writer = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Database = database, Pooling = false }.ConnectionString);
        await writer.OpenAsync();

        // pg_stat_force_next_flush (PostgreSQL 15+) publishes the writer's counters before the call returns. That
        // call is itself one commit, counted in the second reading.
        await FlushStatisticsAsync(writer);
        var before = await CommitsAsync(monitor, database);

        const int writes = 50;
        int? version = null;
        for (var i = 0; i < writes; i++)
        {
            version = await GrainStorageSql.WriteAsync(writer, write, 99, version, BitConverter.GetBytes(i));
            Assert.NotNull(version);
        }

        await FlushStatisticsAsync(writer);
        var after = await CommitsAsync(monitor, database);

        // One commit per write plus the flush call. A rare extra transaction has been seen on a loaded machine (1 in ~10
        // runs, never more than one); two commits per write would show as 100 more, so the bound still decides.
        Assert.InRange(after - before, writes + 1, writes + 3);
    }

    /// <summary>CREATE DATABASE … TEMPLATE needs the template free of sessions; pooled ones close when cleared.</summary>
    private static async Task<string> CopyUntouchedAsync(string template)
    {
        var copy = $"{template}_copy";
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestDatabase.ServerConnectionString);
        await admin.OpenAsync();
        await PollUntil.TrueAsync(async () =>
        {
            try
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{copy}\" TEMPLATE \"{template}\"", admin);
                await create.ExecuteNonQueryAsync();
                return true;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30), $"sessions to leave {template}");
        return copy;
    }

    private static async Task FlushStatisticsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT pg_stat_force_next_flush()", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CommitsAsync(NpgsqlConnection monitor, string database)
    {
        await using (var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", monitor))
        {
            await clear.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = @name", monitor);
        command.Parameters.AddWithValue("name", database);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
