using System.Text.Json;
using Incubator.Common;
using Incubator.HandOffs;

namespace Incubator.Timeline;

/// <summary>Pages an organization's timeline out of incubator.timeline; holds no state, so any silo may answer.</summary>
[Orleans.Concurrency.StatelessWorker]
public sealed class TimelineGrain(ReadModelDataSource readModel) : Grain, ITimelineGrain
{
    public async Task<TimelinePage> GetPageAsync(TimelineCursor? before, int pageSize, IReadOnlyList<IncubatorTenure>? within = null)
    {
        var size = Math.Clamp(pageSize, 1, TimelinePage.MaxSize);

        // Keyset on (at, id) descending, served by the index timeline_page; one row more tells whether a next page exists.
        await using var command = readModel.DataSource.CreateCommand("""
            SELECT id, at, action, arguments::text, actor_id, actor_name
            FROM incubator.timeline
            WHERE organization_id = $1 AND ($2::timestamptz IS NULL OR (at, id) < ($2, $3))
              AND ($5::timestamptz[] IS NULL
                   OR EXISTS (SELECT 1 FROM unnest($5::timestamptz[], $6::timestamptz[]) AS w(from_at, to_at)
                              WHERE at >= w.from_at AND (w.to_at IS NULL OR at <= w.to_at)))
            ORDER BY at DESC, id DESC
            LIMIT $4
            """);
        command.Parameters.Add(new() { Value = this.GetPrimaryKey() });
        command.Parameters.Add(new() { Value = before is null ? DBNull.Value : before.At.UtcDateTime, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = before?.Id ?? 0L });
        command.Parameters.Add(new() { Value = size + 1 });
        command.Parameters.Add(new()
        {
            Value = within is null ? DBNull.Value : within.Select(t => t.From.UtcDateTime).ToArray(),
            NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.TimestampTz,
        });
        command.Parameters.Add(new()
        {
            Value = within is null ? DBNull.Value : within.Select(t => t.To?.UtcDateTime).ToArray(),
            NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.TimestampTz,
        });

        var entries = await ReadAsync(command);
        return entries.Count > size
            ? new TimelinePage(entries[..size], entries[size - 1].Cursor)
            : new TimelinePage(entries, null);
    }

    public async Task<IReadOnlyList<TimelineEntry>> GetOfActionsAsync(IReadOnlyList<TimelineAction> actions, int max)
    {
        await using var command = readModel.DataSource.CreateCommand("""
            SELECT id, at, action, arguments::text, actor_id, actor_name
            FROM incubator.timeline
            WHERE organization_id = $1 AND action = ANY($2)
            ORDER BY at DESC, id DESC
            LIMIT $3
            """);
        command.Parameters.Add(new() { Value = this.GetPrimaryKey() });
        command.Parameters.Add(new() { Value = actions.Select(a => (short)a).ToArray() });
        command.Parameters.Add(new() { Value = Math.Clamp(max, 1, TimelinePage.MaxSize) });
        return await ReadAsync(command);
    }

    private async Task<List<TimelineEntry>> ReadAsync(Npgsql.NpgsqlCommand command)
    {
        var entries = new List<TimelineEntry>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            entries.Add(new TimelineEntry(
                reader.GetInt64(0),
                this.GetPrimaryKey(),
                new DateTimeOffset(reader.GetDateTime(1), TimeSpan.Zero),
                (TimelineAction)reader.GetInt16(2),
                Arguments(reader.GetString(3)),
                reader.GetString(4),
                reader.GetString(5)));
        }

        return entries;
    }

    private static TimelineArgument[] Arguments(string json) =>
        (JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [])
            .Select(p => new TimelineArgument(p.Key, p.Value))
            .ToArray();
}
