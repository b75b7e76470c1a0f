using System.Buffers.Binary;
using Incubator.Common;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;

namespace Incubator.Organizations;

/// <summary>
/// Writes what an organization's state owes its read models (directory row, review task, the timeline entries carried in
/// the state) and settles its row in incubator.projection_outbox, in one statement: one commit, all or nothing.
/// The storage statement that wrote the state added that outbox row in the same commit as the state (migration 0013),
/// so a projection that never happens is found and redone by <see cref="OrganizationProjector"/>.
/// </summary>
public sealed class OrganizationProjection(ReadModelDataSource readModel, IOptions<ClusterOptions> cluster)
{
    /// <summary>The grain type the storage records in the outbox for organizations (the state's name).</summary>
    public const string GrainType = "organization";

    private readonly NpgsqlDataSource _db = readModel.DataSource;
    private readonly string _serviceId = cluster.Value.ServiceId;

    /// <summary>
    /// Projects <paramref name="organization"/> as of state <paramref name="version"/>. Timeline entries are appended only
    /// when this call settles the outbox row, and only those from the row's first unprojected version on: each entry
    /// once, however often a write is projected. Returns whether an outbox row was settled.
    /// </summary>
    public async Task<bool> ProjectAsync(
        OrganizationRecord organization,
        int version,
        DateTimeOffset? reviewOpenedAt,
        IReadOnlyCollection<UnprojectedTimelineEntry> timeline,
        DateTimeOffset now)
    {
        var (n0, n1) = GrainKey(organization.Id);
        DateTimeOffset? reviewDueAt = organization.Stage == OrganizationStage.GraduationReview ? organization.IncubationEndsAt : null;

        // Directory rows are rewritten only when a listed column changed, so writes that touch nothing listed (party
        // profile, review items) leave the row, and whatever triggers on it, alone.
        await using var command = _db.CreateCommand("""
            WITH settled AS (
                DELETE FROM incubator.projection_outbox
                WHERE service_id = $1 AND grain_type = $2 AND grain_id_n0 = $3 AND grain_id_n1 = $4 AND grain_id_extension = ''
                  AND version <= $5
                RETURNING first_version
            ), appended AS (
                INSERT INTO incubator.timeline (organization_id, at, action, arguments, actor_id, actor_name)
                SELECT $6, e.at, e.action, e.arguments, e.actor_id, e.actor_name
                FROM unnest($15::integer[], $16::timestamptz[], $17::smallint[], $18::jsonb[], $19::text[], $20::text[])
                     WITH ORDINALITY AS e(version, at, action, arguments, actor_id, actor_name, n)
                WHERE e.version >= (SELECT first_version FROM settled)
                ORDER BY e.n
            ), listed AS (
                INSERT INTO incubator.organization_directory AS d
                    (organization_id, incubator_id, name, credit_code, filing_number, category, stage, filed_at, updated_at)
                VALUES ($6, $7, $8, $9, $10, $11, $12, $13, $14)
                ON CONFLICT (organization_id) DO UPDATE SET
                    incubator_id = EXCLUDED.incubator_id, name = EXCLUDED.name, credit_code = EXCLUDED.credit_code,
                    filing_number = EXCLUDED.filing_number, category = EXCLUDED.category, stage = EXCLUDED.stage,
                    updated_at = EXCLUDED.updated_at
                WHERE (d.incubator_id, d.name, d.credit_code, d.filing_number, d.category, d.stage)
                      IS DISTINCT FROM (EXCLUDED.incubator_id, EXCLUDED.name, EXCLUDED.credit_code, EXCLUDED.filing_number, EXCLUDED.category, EXCLUDED.stage)
            ), opened AS (
                -- One task per organization and due date; a task closed early (a hand-off during the review) stays closed.
                INSERT INTO incubator.review_tasks (organization_id, due_at, incubator_id, organization_name, opened_at)
                SELECT $6, $21, $7, $8, $22 WHERE $21 IS NOT NULL
                ON CONFLICT (organization_id, due_at) DO NOTHING
            ), closed AS (
                UPDATE incubator.review_tasks SET closed_at = $14
                WHERE organization_id = $6 AND closed_at IS NULL AND ($21 IS NULL OR due_at <> $21)
            )
            SELECT count(*) FROM settled
            """);
        command.Parameters.Add(new() { Value = _serviceId });
        command.Parameters.Add(new() { Value = GrainType });
        command.Parameters.Add(new() { Value = n0 });
        command.Parameters.Add(new() { Value = n1 });
        command.Parameters.Add(new() { Value = version });
        command.Parameters.Add(new() { Value = organization.Id });
        command.Parameters.Add(new() { Value = organization.IncubatorId });
        command.Parameters.Add(new() { Value = organization.Name });
        command.Parameters.Add(new() { Value = (object?)organization.CreditCode ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = organization.FilingNumber });
        command.Parameters.Add(new() { Value = (short)organization.Category });
        command.Parameters.Add(new() { Value = (short)organization.Stage });
        command.Parameters.Add(new() { Value = organization.FiledAt.UtcDateTime });
        command.Parameters.Add(new() { Value = now.UtcDateTime });
        command.Parameters.Add(new() { Value = timeline.Select(e => e.Version).ToArray() });
        command.Parameters.Add(new() { Value = timeline.Select(e => e.At.UtcDateTime).ToArray() });
        command.Parameters.Add(new() { Value = timeline.Select(e => (short)e.Action).ToArray() });
        command.Parameters.Add(new() { Value = timeline.Select(e => e.Arguments).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new() { Value = timeline.Select(e => e.ActorId).ToArray() });
        command.Parameters.Add(new() { Value = timeline.Select(e => e.ActorName).ToArray() });
        command.Parameters.Add(new() { Value = (object?)reviewDueAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = (reviewOpenedAt ?? now).UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>How Orleans keys a Guid grain's row: the two little-endian halves of <see cref="Guid.ToByteArray()"/>.</summary>
    public static (long N0, long N1) GrainKey(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes);
        return (BinaryPrimitives.ReadInt64LittleEndian(bytes), BinaryPrimitives.ReadInt64LittleEndian(bytes[8..]));
    }

    public static Guid GrainId(long n0, long n1)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, n0);
        BinaryPrimitives.WriteInt64LittleEndian(bytes[8..], n1);
        return new Guid(bytes);
    }
}
