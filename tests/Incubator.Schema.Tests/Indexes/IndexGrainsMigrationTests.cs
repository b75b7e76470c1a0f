using System.Text;
using Incubator.Testing;
using Npgsql;

namespace Incubator.Schema.Tests;

/// <summary>The guard of 0011_index_grains; its rewrite is tested through the index grain in Incubator.Grains.Tests.</summary>
public sealed class IndexGrainsMigrationTests
{
    private const string Script = "Incubator.Schema.Scripts.0011_index_grains.sql";
    private const string OldCohorts =
        """{"$id":"1","$type":"Incubator.Cohorts.IncubatorCohortsState, Incubator.Grains","Cohorts":{"$id":"2","$type":"System.Collections.Generic.Dictionary`2[[System.Guid, System.Private.CoreLib],[Incubator.Cohorts.CohortSummary, Incubator.Grains.Abstractions]], System.Private.CoreLib"}}""";

    private readonly string _connectionString = TestDatabase.Create("index");

    [Fact]
    public async Task AListGrainRowInAShapeItDoesNotKnowStopsTheMigrationAndNothingChanges()
    {
        await InsertAsync("incubatorCohorts", 1, OldCohorts);
        await InsertAsync("incubatorSpaces", 2, """{"$id":"1","$type":"Incubator.Venues.SomethingElse, Incubator.Grains"}""");
        await ExecuteAsync($"DELETE FROM public.incubator_schema_versions WHERE scriptname = '{Script}'");

        var error = Assert.Throws<InvalidOperationException>(() => SchemaMigrator.Upgrade(_connectionString));

        Assert.Contains("0011_index_grains: 1 list grain row(s)", error.Message);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT convert_from(payload, 'UTF8'), version FROM orleans.grain_state WHERE grain_id_n0 = 1", connection);
        await using var reader = await read.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal((OldCohorts, 3), (reader.GetString(0), reader.GetInt32(1)));
    }

    private Task InsertAsync(string stateName, long key, string payload) => ExecuteAsync(
        "INSERT INTO orleans.grain_state (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, grain_id_hash, grain_type_hash, payload, version, modified_at) " +
        "VALUES ('schema-tests', @type, @key, @key, '', 0, 0, @payload, 3, now())",
        command =>
        {
            command.Parameters.AddWithValue("type", stateName);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.AddWithValue("payload", Encoding.UTF8.GetBytes(payload));
        });

    private async Task ExecuteAsync(string sql, Action<NpgsqlCommand>? bind = null)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        bind?.Invoke(command);
        await command.ExecuteNonQueryAsync();
    }
}
