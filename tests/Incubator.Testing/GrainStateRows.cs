using Npgsql;

namespace Incubator.Testing;

/// <summary>Reads and writes grain state rows directly, keyed as Orleans keys a Guid grain: the two little-endian halves of Guid.ToByteArray().</summary>
public static class GrainStateRows
{
    public static (long N0, long N1) Key(Guid id)
    {
        var bytes = id.ToByteArray();
        return (BitConverter.ToInt64(bytes, 0), BitConverter.ToInt64(bytes, 8));
    }

    /// <summary>Inserts a first version of a row, as the storage provider would have written it.</summary>
    public static async Task InsertAsync(string connectionString, string serviceId, string grainType, Guid id, string json)
    {
        var (n0, n1) = Key(id);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            INSERT INTO orleans.grain_state
                (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, grain_id_hash, grain_type_hash, payload, version, modified_at)
            VALUES ($1, $2, $3, $4, '', 0, 0, $5, 1, now())
            """, connection);
        command.Parameters.Add(new() { Value = serviceId });
        command.Parameters.Add(new() { Value = grainType });
        command.Parameters.Add(new() { Value = n0 });
        command.Parameters.Add(new() { Value = n1 });
        command.Parameters.Add(new() { Value = System.Text.Encoding.UTF8.GetBytes(json) });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The stored JSON and version of a grain's state, or null when it has no row.</summary>
    public static async Task<(string Payload, int Version)?> ReadAsync(string connectionString, string grainType, Guid id)
    {
        var (n0, n1) = Key(id);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT convert_from(payload, 'UTF8'), version FROM orleans.grain_state WHERE grain_type = $1 AND grain_id_n0 = $2 AND grain_id_n1 = $3", connection);
        command.Parameters.Add(new() { Value = grainType });
        command.Parameters.Add(new() { Value = n0 });
        command.Parameters.Add(new() { Value = n1 });
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.GetInt32(1)) : null;
    }
}
