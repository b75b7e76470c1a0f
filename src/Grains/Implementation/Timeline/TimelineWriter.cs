using System.Text.Json;
using Incubator.Common;
using Npgsql;
using NpgsqlTypes;

namespace Incubator.Timeline;

/// <summary>
/// Appends timeline rows (incubator.timeline, deploy/Incubator.Schema 0010). Any grain writes here after its own state,
/// so an organization's history never passes through, or grows, the organization grain's state.
/// </summary>
public sealed class TimelineWriter(ReadModelDataSource readModel, DomainClock clock)
{
    private readonly NpgsqlDataSource _db = readModel.DataSource;

    public Task AppendAsync(Guid organizationId, TimelineAction action, Actor actor, params TimelineArgument[] arguments) =>
        AppendAsync(organizationId, [new PendingTimelineEntry(clock.UtcNow, action, actor, arguments)]);

    /// <summary>Several entries of one organization in one statement, in the given order.</summary>
    public async Task AppendAsync(Guid organizationId, IReadOnlyCollection<PendingTimelineEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        // unnest keeps the arrays' order; ordering by it gives ids (the tie-break of equal times) in that order too.
        await using var command = _db.CreateCommand("""
            INSERT INTO incubator.timeline (organization_id, at, action, arguments, actor_id, actor_name)
            SELECT $1, e.at, e.action, e.arguments, e.actor_id, e.actor_name
            FROM unnest($2::timestamptz[], $3::smallint[], $4::jsonb[], $5::text[], $6::text[])
                 WITH ORDINALITY AS e(at, action, arguments, actor_id, actor_name, n)
            ORDER BY e.n
            """);
        command.Parameters.Add(new() { Value = organizationId });
        command.Parameters.Add(new() { Value = entries.Select(e => e.At.UtcDateTime).ToArray() });
        command.Parameters.Add(new() { Value = entries.Select(e => (short)e.Action).ToArray() });
        command.Parameters.Add(new() { Value = entries.Select(e => ArgumentsJson(e.Arguments)).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb });
        command.Parameters.Add(new() { Value = entries.Select(e => e.Actor.UserId).ToArray() });
        command.Parameters.Add(new() { Value = entries.Select(e => e.Actor.DisplayName).ToArray() });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Arguments are a JSON object, name → value: the shape 0010 writes for moved entries too.</summary>
    internal static string ArgumentsJson(IEnumerable<TimelineArgument> arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var argument in arguments)
        {
            values[argument.Name] = argument.Value;
        }

        return JsonSerializer.Serialize(values);
    }
}
