using System.Data;
using Npgsql;

namespace Incubator.Schema.Tests;

/// <summary>Runs the storage queries from orleansquery the way the AdoNet provider does: names without '@', DbTypes as it binds them.</summary>
internal sealed class GrainStorageSql(string connectionString)
{
    public const string ServiceId = "schema-tests";
    public const string GrainType = "organization";

    public async Task<string> QueryAsync(string key)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT querytext FROM orleansquery WHERE querykey = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Returns the new version, or null when the write was refused.</summary>
    public static async Task<int?> WriteAsync(NpgsqlConnection connection, string writeSql, long grainKey, int? version, byte[] payload, string grainType = GrainType)
    {
        await using var command = new NpgsqlCommand(writeSql, connection);
        AddIdentity(command, grainKey, grainType);
        command.Parameters.Add(new NpgsqlParameter("GrainStateVersion", DbType.Int32) { Value = (object?)version ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("PayloadBinary", DbType.Binary) { Value = payload });
        await using var reader = await command.ExecuteReaderAsync();
        int? result = null;
        var rows = 0;
        do
        {
            while (await reader.ReadAsync())
            {
                rows++;
                result = Convert.ToInt32(reader["NewGrainStateVersion"]);
            }
        }
        while (await reader.NextResultAsync());

        // The provider takes SingleOrDefault over every row of every result set.
        Assert.True(rows <= 1, $"the write answered {rows} rows");
        return result;
    }

    public static async Task<(byte[]? Payload, int? Version)> ReadAsync(NpgsqlConnection connection, string readSql, long grainKey)
    {
        await using var command = new NpgsqlCommand(readSql, connection);
        AddIdentity(command, grainKey);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return (null, null);
        }

        var payload = reader["PayloadBinary"] is byte[] bytes ? bytes : null;
        return (payload, reader["Version"] is DBNull ? null : Convert.ToInt32(reader["Version"]));
    }

    private static void AddIdentity(NpgsqlCommand command, long grainKey, string grainType = GrainType)
    {
        command.Parameters.Add(new NpgsqlParameter("GrainIdHash", DbType.Int32) { Value = (int)grainKey });
        command.Parameters.Add(new NpgsqlParameter("GrainIdN0", DbType.Int64) { Value = grainKey });
        command.Parameters.Add(new NpgsqlParameter("GrainIdN1", DbType.Int64) { Value = -grainKey });
        command.Parameters.Add(new NpgsqlParameter("GrainTypeHash", DbType.Int32) { Value = 7 });
        command.Parameters.Add(new NpgsqlParameter("GrainTypeString", DbType.String) { Value = grainType });
        command.Parameters.Add(new NpgsqlParameter("GrainIdExtensionString", DbType.String) { Value = DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("ServiceId", DbType.String) { Value = ServiceId });
    }
}
