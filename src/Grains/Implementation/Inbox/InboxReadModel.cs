using Incubator.Common;
using Npgsql;
using NpgsqlTypes;

namespace Incubator.Inbox;

/// <summary>
/// What needs whom, in PostgreSQL (incubator.inbox_items). Items have stable keys so that jobs that run twice open
/// an item once; open graduation reviews come from incubator.review_tasks.
/// </summary>
public sealed class InboxReadModel(ReadModelDataSource readModel)
{
    private readonly NpgsqlDataSource _db = readModel.DataSource;

    public static string CheckpointKey(Guid organizationId, Guid checkpointId, InboxKind kind) => $"{kind}:{organizationId:N}:{checkpointId:N}";

    public static string HandOffKey(Guid organizationId) => $"{InboxKind.HandOffWaiting}:{organizationId:N}";

    /// <summary>Opens the item, or reopens and updates it if it exists under the same key.</summary>
    public async Task OpenAsync(InboxItem item)
    {
        await using var command = _db.CreateCommand("""
            INSERT INTO incubator.inbox_items
                (item_key, incubator_id, audience, kind, organization_id, organization_name, due_at, created_at, closed_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL)
            ON CONFLICT (item_key) DO UPDATE SET
                incubator_id = EXCLUDED.incubator_id, organization_name = EXCLUDED.organization_name,
                due_at = EXCLUDED.due_at, closed_at = NULL
            """);
        command.Parameters.Add(new() { Value = item.Key });
        command.Parameters.Add(new() { Value = item.IncubatorId });
        command.Parameters.Add(new() { Value = (short)item.Audience });
        command.Parameters.Add(new() { Value = (short)item.Kind });
        command.Parameters.Add(new() { Value = item.OrganizationId });
        command.Parameters.Add(new() { Value = item.OrganizationName });
        command.Parameters.Add(new() { Value = (object?)item.DueAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = item.CreatedAt.UtcDateTime });
        await command.ExecuteNonQueryAsync();
    }

    public async Task CloseAsync(IEnumerable<string> keys, DateTimeOffset at)
    {
        await using var command = _db.CreateCommand("""
            UPDATE incubator.inbox_items SET closed_at = $2 WHERE item_key = ANY($1) AND closed_at IS NULL
            """);
        command.Parameters.Add(new() { Value = keys.ToArray() });
        command.Parameters.Add(new() { Value = at.UtcDateTime });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Closes everything open about an organization, review tasks included (it left, graduated or moved).</summary>
    public async Task CloseAllForOrganizationAsync(Guid organizationId, DateTimeOffset at)
    {
        await using var batch = _db.CreateBatch();
        batch.BatchCommands.Add(new("UPDATE incubator.inbox_items SET closed_at = $2 WHERE organization_id = $1 AND closed_at IS NULL")
        {
            Parameters = { new() { Value = organizationId }, new() { Value = at.UtcDateTime } },
        });
        batch.BatchCommands.Add(new("UPDATE incubator.review_tasks SET closed_at = $2 WHERE organization_id = $1 AND closed_at IS NULL")
        {
            Parameters = { new() { Value = organizationId }, new() { Value = at.UtcDateTime } },
        });
        await batch.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<InboxItem>> OpenItemsAsync(IReadOnlyList<Guid>? incubatorIds, InboxAudience? audience)
    {
        await using var command = _db.CreateCommand("""
            SELECT item_key, incubator_id, audience, kind, organization_id, organization_name, due_at, created_at
            FROM incubator.inbox_items
            WHERE closed_at IS NULL AND ($1::uuid[] IS NULL OR incubator_id = ANY($1)) AND ($2::smallint IS NULL OR audience = $2)
            UNION ALL
            SELECT 'GraduationReview:' || organization_id || ':' || due_at, incubator_id, 0, 0, organization_id, organization_name, due_at, opened_at
            FROM incubator.review_tasks
            WHERE closed_at IS NULL AND ($1::uuid[] IS NULL OR incubator_id = ANY($1)) AND ($2::smallint IS NULL OR $2 = 0)
            ORDER BY due_at NULLS LAST, item_key
            LIMIT 500
            """);
        command.Parameters.Add(new() { Value = (object?)incubatorIds?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = (object?)(short?)audience ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Smallint });
        var items = new List<InboxItem>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new InboxItem(
                reader.GetString(0),
                reader.GetGuid(1),
                (InboxAudience)reader.GetInt16(2),
                (InboxKind)reader.GetInt16(3),
                reader.GetGuid(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : new DateTimeOffset(reader.GetDateTime(6), TimeSpan.Zero),
                new DateTimeOffset(reader.GetDateTime(7), TimeSpan.Zero)));
        }

        return items;
    }
}
