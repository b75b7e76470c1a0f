using Incubator.Common;
using Npgsql;
using NpgsqlTypes;

namespace Incubator.Organizations;

/// <summary>
/// Reads the organization list and the review tasks in PostgreSQL (tables from deploy/Incubator.Schema).
/// <see cref="OrganizationProjection"/> writes them from the grain's state; lists are read from here, not by activating every grain.
/// </summary>
public sealed class OrganizationReadModel(ReadModelDataSource readModel)
{
    // $1: incubator ids (null = all); $2: text matched against name, credit code and filing number (null = any).
    private const string DirectoryFilter = """
        WHERE ($1::uuid[] IS NULL OR incubator_id = ANY($1))
          AND ($2::text IS NULL
               OR name ILIKE '%' || incubator.escape_like($2) || '%'
               OR credit_code LIKE upper(incubator.escape_like($2)) || '%'
               OR filing_number ILIKE incubator.escape_like($2) || '%')
        """;

    private readonly NpgsqlDataSource _db = readModel.DataSource;

    public async Task<Page<OrganizationSummary>> SearchAsync(OrganizationQuery query)
    {
        var orderBy = query.Sort switch
        {
            OrganizationSort.FiledAt => "filed_at",
            OrganizationSort.Stage => "stage",
            _ => "name",
        };
        var direction = query.Descending ? "DESC" : "ASC";
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();

        // The sort column comes from the enum above, never from user text; values are parameters.
        await using var command = _db.CreateCommand($"""
            SELECT organization_id, incubator_id, name, credit_code, filing_number, category, stage, filed_at,
                   count(*) OVER () AS total
            FROM incubator.organization_directory
            {DirectoryFilter}
            ORDER BY {orderBy} {direction}, organization_id
            LIMIT $3 OFFSET $4
            """);
        command.Parameters.Add(IncubatorIdsParameter(query.IncubatorIds));
        command.Parameters.Add(SearchParameter(search));
        command.Parameters.Add(new() { Value = query.PageSize });
        command.Parameters.Add(new() { Value = (long)(query.PageNumber - 1) * query.PageSize });

        var items = new List<OrganizationSummary>();
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            items.Add(new OrganizationSummary(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                (OrganizationCategory)reader.GetInt16(5),
                (OrganizationStage)reader.GetInt16(6),
                new DateTimeOffset(reader.GetDateTime(7), TimeSpan.Zero)));
            total = reader.GetInt64(8);
        }

        if (items.Count == 0 && query.PageNumber > 1)
        {
            // Past the last page the window function has no row to report the total on.
            total = await CountAsync(query.IncubatorIds, search);
        }

        return new Page<OrganizationSummary>(items, query.PageNumber, query.PageSize, total);
    }

    public async Task<IReadOnlyList<ReviewTask>> OpenReviewTasksAsync(IReadOnlyList<Guid>? incubatorIds)
    {
        await using var command = _db.CreateCommand("""
            SELECT organization_id, incubator_id, organization_name, due_at, opened_at
            FROM incubator.review_tasks
            WHERE closed_at IS NULL AND ($1::uuid[] IS NULL OR incubator_id = ANY($1))
            ORDER BY due_at, organization_id
            LIMIT 500
            """);
        command.Parameters.Add(IncubatorIdsParameter(incubatorIds));
        var tasks = new List<ReviewTask>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tasks.Add(new ReviewTask(
                reader.GetGuid(0),
                reader.GetGuid(1),
                reader.GetString(2),
                new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero),
                new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero)));
        }

        return tasks;
    }

    public async Task<IReadOnlyList<StageCount>> StageCountsAsync(IReadOnlyList<Guid>? incubatorIds)
    {
        await using var command = _db.CreateCommand("""
            SELECT incubator_id, stage, count(*)
            FROM incubator.organization_directory
            WHERE ($1::uuid[] IS NULL OR incubator_id = ANY($1))
            GROUP BY incubator_id, stage
            ORDER BY incubator_id, stage
            """);
        command.Parameters.Add(IncubatorIdsParameter(incubatorIds));
        var counts = new List<StageCount>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts.Add(new StageCount(reader.GetGuid(0), (OrganizationStage)reader.GetInt16(1), reader.GetInt64(2)));
        }

        return counts;
    }

    private async Task<long> CountAsync(IReadOnlyList<Guid>? incubatorIds, string? search)
    {
        await using var command = _db.CreateCommand($"""
            SELECT count(*) FROM incubator.organization_directory
            {DirectoryFilter}
            """);
        command.Parameters.Add(IncubatorIdsParameter(incubatorIds));
        command.Parameters.Add(SearchParameter(search));
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    // Typed so that a null (no filter) still has a type for "$1::uuid[] IS NULL".
    private static NpgsqlParameter IncubatorIdsParameter(IReadOnlyList<Guid>? incubatorIds) =>
        new() { Value = (object?)incubatorIds?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid };

    private static NpgsqlParameter SearchParameter(string? search) =>
        new() { Value = (object?)search ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };
}
