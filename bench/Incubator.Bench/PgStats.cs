using Npgsql;

namespace Incubator.Bench;

/// <summary>Counters of the whole server read around a measurement: commits, and statements when pg_stat_statements is loaded.</summary>
internal static class PgStats
{
    public static async Task<long> CommitsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT sum(xact_commit)::bigint FROM pg_stat_database", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Statement texts and calls since the last reset, or empty when the extension is not there.</summary>
    public static async Task<IReadOnlyList<(string Query, long Calls)>> StatementsAsync(string connectionString, bool reset)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var exists = new NpgsqlCommand("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'", connection))
        {
            if ((long)(await exists.ExecuteScalarAsync())! == 0)
            {
                return [];
            }
        }

        var rows = new List<(string, long)>();
        await using (var command = new NpgsqlCommand("SELECT query, calls FROM pg_stat_statements ORDER BY calls DESC", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        if (reset)
        {
            await using var command = new NpgsqlCommand("SELECT pg_stat_statements_reset()", connection);
            await command.ExecuteNonQueryAsync();
        }

        return rows;
    }
}
