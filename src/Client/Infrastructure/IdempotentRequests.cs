using Npgsql;
using NpgsqlTypes;

namespace Incubator.Client.Infrastructure;

/// <summary>What the first request with an account's Idempotency-Key did, kept in incubator.idempotent_requests.</summary>
public abstract record class IdempotencyClaim
{
    /// <summary>The key is new (or its earlier request was abandoned): this request runs and its answer is kept.</summary>
    public sealed record class Granted : IdempotencyClaim;

    /// <summary>The first request finished: its answer is given again.</summary>
    public sealed record class Finished(int StatusCode, string? Location, byte[] Body) : IdempotencyClaim;

    /// <summary>The first request is still running.</summary>
    public sealed record class Running : IdempotencyClaim;

    /// <summary>The key was sent with a different request.</summary>
    public sealed record class Mismatch : IdempotencyClaim;
}

/// <summary>
/// The store behind <see cref="IdempotencyFilter"/>. A key is remembered for <see cref="Retention"/>; a request that
/// never finished (its process died) frees its key after <see cref="AbandonedAfter"/>, longer than any request may run.
/// </summary>
public sealed class IdempotentRequests(NpgsqlDataSource db)
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    /// <summary>One statement: forgets the account's expired keys, then claims the key or reads what it holds.</summary>
    public async Task<IdempotencyClaim> ClaimAsync(string userId, string key, byte[] fingerprint, DateTimeOffset now)
    {
        await using var command = db.CreateCommand("""
            WITH expired AS (
                DELETE FROM incubator.idempotent_requests
                WHERE user_id = $1 AND started_at < $4 - $5 AND idempotency_key <> $2
            ), claimed AS (
                INSERT INTO incubator.idempotent_requests AS r (user_id, idempotency_key, fingerprint, started_at)
                VALUES ($1, $2, $3, $4)
                ON CONFLICT (user_id, idempotency_key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, started_at = EXCLUDED.started_at
                    WHERE (r.status_code IS NULL AND r.started_at < $4 - $6 AND r.fingerprint = EXCLUDED.fingerprint)
                       OR r.started_at < $4 - $5
                RETURNING true AS granted
            )
            SELECT true, NULL::bytea, NULL::integer, NULL::text, NULL::bytea FROM claimed
            UNION ALL
            SELECT false, fingerprint, status_code, location, response_body
            FROM incubator.idempotent_requests
            WHERE user_id = $1 AND idempotency_key = $2 AND NOT EXISTS (SELECT FROM claimed)
            """);
        command.Parameters.Add(new() { Value = userId });
        command.Parameters.Add(new() { Value = key });
        command.Parameters.Add(new() { Value = fingerprint });
        command.Parameters.Add(new() { Value = now.UtcDateTime });
        command.Parameters.Add(new() { Value = Retention, NpgsqlDbType = NpgsqlDbType.Interval });
        command.Parameters.Add(new() { Value = AbandonedAfter, NpgsqlDbType = NpgsqlDbType.Interval });
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            // A concurrent first request holds the key but had not committed when this statement began.
            return new IdempotencyClaim.Running();
        }

        if (reader.GetBoolean(0))
        {
            return new IdempotencyClaim.Granted();
        }

        if (!reader.GetFieldValue<byte[]>(1).AsSpan().SequenceEqual(fingerprint))
        {
            return new IdempotencyClaim.Mismatch();
        }

        return reader.IsDBNull(2)
            ? new IdempotencyClaim.Running()
            : new IdempotencyClaim.Finished(reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetFieldValue<byte[]>(4));
    }

    public async Task FinishAsync(string userId, string key, int statusCode, string? location, byte[] body)
    {
        await using var command = db.CreateCommand("""
            UPDATE incubator.idempotent_requests SET status_code = $3, location = $4, response_body = $5
            WHERE user_id = $1 AND idempotency_key = $2
            """);
        command.Parameters.Add(new() { Value = userId });
        command.Parameters.Add(new() { Value = key });
        command.Parameters.Add(new() { Value = statusCode });
        command.Parameters.Add(new() { Value = (object?)location ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = body });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A request that failed created nothing: its key is freed so that a retry runs again.</summary>
    public async Task ReleaseAsync(string userId, string key)
    {
        await using var command = db.CreateCommand("""
            DELETE FROM incubator.idempotent_requests WHERE user_id = $1 AND idempotency_key = $2 AND status_code IS NULL
            """);
        command.Parameters.Add(new() { Value = userId });
        command.Parameters.Add(new() { Value = key });
        await command.ExecuteNonQueryAsync();
    }
}
