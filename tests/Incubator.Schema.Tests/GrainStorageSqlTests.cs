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
        await using var writer = new NpgsqlConnection(_connectionString);
        await writer.OpenAsync();

        // Every transaction that writes takes one transaction id, and nothing else on the test server writes while this
        // runs (schema tests run one at a time, autovacuum is off): the ids a run of writes uses are the transactions
        // it committed. Reading pg_current_xact_id takes one id itself, counted in the second reading.
        var before = await TransactionIdAsync(writer);
        const int writes = 50;
        int? version = null;
        for (var i = 0; i < writes; i++)
        {
            version = await GrainStorageSql.WriteAsync(writer, write, 99, version, BitConverter.GetBytes(i));
            Assert.NotNull(version);
        }

        var after = await TransactionIdAsync(writer);

        Assert.Equal(writes + 1, after - before);
    }

    [Fact]
    public async Task AnOrganizationWriteOwesItsProjectionInTheSameStatement()
    {
        var write = await _sql.QueryAsync("WriteToStorageKey");
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();

        Assert.Equal(1, await GrainStorageSql.WriteAsync(connection, write, 11, null, [1]));
        Assert.Equal(2, await GrainStorageSql.WriteAsync(connection, write, 11, 1, [2]));
        Assert.Null(await GrainStorageSql.WriteAsync(connection, write, 11, 1, [3]));
        Assert.Equal(1, await GrainStorageSql.WriteAsync(connection, write, 12, null, [1], grainType: "cohort"));

        // One row per grain: the newest version written and the oldest not yet projected; a refused write and a grain
        // type without read models owe nothing.
        Assert.Equal("11:2:1", await ScalarAsync<string>(
            "SELECT string_agg(grain_id_n0 || ':' || version || ':' || first_version, ',') FROM incubator.projection_outbox"));
    }

    private static async Task<long> TransactionIdAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT pg_current_xact_id()::text::bigint", connection);
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
