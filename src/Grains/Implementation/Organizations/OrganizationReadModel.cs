using System.Globalization;
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
    private readonly NpgsqlDataSource _db = readModel.DataSource;

    /// <summary>
    /// A keyset page: the rows after (or before) the cursor's row in the query's order, found by one index range whatever
    /// the size of the directory. The total comes from the stage counts (exact) or, with search text, from counting
    /// matches up to <see cref="OrganizationQuery.CountLimit"/>.
    /// </summary>
    public async Task<OrganizationPage> SearchAsync(OrganizationQuery query)
    {
        var cursor = query.Cursor is null ? null : OrganizationCursor.TryParse(query.Cursor)
            ?? throw DomainException.Invalid(FieldError.UnknownValue("cursor"));
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var backwards = cursor?.Before ?? false;

        await using var batch = _db.CreateBatch();
        var page = new NpgsqlBatchCommand();
        var filter = DirectoryFilter(page.Parameters, query.IncubatorIds, search, forCount: false);
        var (column, keyType) = query.Sort switch
        {
            OrganizationSort.FiledAt => ("filed_at", NpgsqlDbType.TimestampTz),
            OrganizationSort.Stage => ("stage", NpgsqlDbType.Smallint),
            _ => ("name", NpgsqlDbType.Text),
        };

        // Reading backwards (the previous page) walks the same index the other way and turns the rows round after.
        var ascending = query.Descending == backwards;
        if (cursor is not null)
        {
            page.Parameters.Add(new() { Value = KeyValue(query.Sort, cursor.Key), NpgsqlDbType = keyType });
            page.Parameters.Add(new() { Value = cursor.Id });
            filter.Add($"({column}, organization_id) {(ascending ? ">" : "<")} (${page.Parameters.Count - 1}, ${page.Parameters.Count})");
        }

        var direction = ascending ? "ASC" : "DESC";
        page.Parameters.Add(new() { Value = query.PageSize + 1 });
        var limit = $"LIMIT ${page.Parameters.Count}";
        if (cursor is null && query.PageNumber > 1)
        {
            page.Parameters.Add(new() { Value = (long)(query.PageNumber - 1) * query.PageSize });
            limit += $" OFFSET ${page.Parameters.Count}";
        }

        // The sort column comes from the enum above and the conditions from code, never from user text; values are parameters.
        page.CommandText = $"""
            SELECT organization_id, incubator_id, name, credit_code, filing_number, category, stage, filed_at
            FROM incubator.organization_directory
            {Where(filter)}
            ORDER BY {column} {direction}, organization_id {direction}
            {limit}
            """;
        batch.BatchCommands.Add(page);
        batch.BatchCommands.Add(CountCommand(query.IncubatorIds, search));

        var items = new List<OrganizationSummary>();
        await using var reader = await batch.ExecuteReaderAsync();
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
        }

        await reader.NextResultAsync();
        await reader.ReadAsync();
        var counted = reader.GetInt64(0);

        // One row more than the page says whether the list goes on in the direction read.
        var more = items.Count > query.PageSize;
        if (more)
        {
            items.RemoveAt(items.Count - 1);
        }

        if (backwards)
        {
            items.Reverse();
        }

        var hasNext = backwards ? items.Count > 0 : more;
        var hasPrevious = backwards ? more : (cursor is not null || query.PageNumber > 1) && items.Count > 0;
        var next = hasNext ? OrganizationCursor.After(query.Sort, query.Descending, items[^1]).Format() : null;
        var previous = hasPrevious ? OrganizationCursor.BeforeRow(query.Sort, query.Descending, items[0]).Format() : null;
        var capped = search is not null && counted > OrganizationQuery.CountLimit;
        return new OrganizationPage(items, cursor is null ? query.PageNumber : 1, query.PageSize,
            capped ? OrganizationQuery.CountLimit : counted, capped, next, previous);
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

    /// <summary>Organizations per incubator and stage, from the counts the directory's triggers keep (0012), not a scan.</summary>
    public async Task<IReadOnlyList<StageCount>> StageCountsAsync(IReadOnlyList<Guid>? incubatorIds)
    {
        await using var command = _db.CreateCommand("""
            SELECT incubator_id, stage, sum(count)::bigint
            FROM incubator.organization_stage_counts
            WHERE ($1::uuid[] IS NULL OR incubator_id = ANY($1))
            GROUP BY incubator_id, stage
            HAVING sum(count) <> 0
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

    // Without search text the stage counts hold the exact total; with it, matches are counted one past the limit, so
    // that a common word costs a bounded count and the caller can still say "100+". The matches are a MATERIALIZED CTE
    // so that the planner plans them whole (the gram index, read once into a bitmap) and the LIMIT outside only stops
    // the reading of heap rows: planned with the LIMIT, it takes a sequential scan that stops early, and a common
    // word then reads thousands of rows of the directory to drop them (measured in docs/benchmarks.md, P4).
    private static NpgsqlBatchCommand CountCommand(IReadOnlyList<Guid>? incubatorIds, string? search)
    {
        var command = new NpgsqlBatchCommand();
        if (search is null)
        {
            var scope = new List<string>();
            AddIncubatorCondition(command.Parameters, scope, incubatorIds);
            command.CommandText = $"SELECT coalesce(sum(count), 0)::bigint FROM incubator.organization_stage_counts {Where(scope)}";
            return command;
        }

        var filter = DirectoryFilter(command.Parameters, incubatorIds, search, forCount: true);
        command.CommandText = $"""
            WITH found AS MATERIALIZED (SELECT 1 FROM incubator.organization_directory {Where(filter)})
            SELECT count(*) FROM (SELECT 1 FROM found LIMIT {OrganizationQuery.CountLimit + 1}) AS counted
            """;
        return command;
    }

    /// <summary>
    /// The conditions of a list: its incubators, and search text matched against the name (anywhere, through the gram
    /// index of 0012, or for one incubator the incubator's grams of 0016), the credit code and the filing number (by
    /// prefix, only for text that could start one).
    /// </summary>
    /// <remarks>
    /// The count leaves out "incubator_id = $1" for one incubator, whose grams already name it: with it the planner
    /// adds the incubator's whole part of an incubator index to the bitmap (measured: 50,000 rows for 2,545 matches).
    /// The page keeps it, so that the planner may instead walk the incubator's name index in order when the matches
    /// are many and the page is found in the first few hundred rows.
    /// </remarks>
    private static List<string> DirectoryFilter(
        NpgsqlParameterCollection parameters, IReadOnlyList<Guid>? incubatorIds, string? search, bool forCount)
    {
        var conditions = new List<string>();
        var scoped = search is not null && incubatorIds is [_];
        if (!(scoped && forCount))
        {
            AddIncubatorCondition(parameters, conditions, incubatorIds);
        }

        if (search is null)
        {
            return conditions;
        }

        parameters.Add(new() { Value = search, NpgsqlDbType = NpgsqlDbType.Text });
        var text = $"${parameters.Count}";
        var incubator = "";
        if (scoped)
        {
            parameters.Add(new() { Value = incubatorIds![0] });
            incubator = $"${parameters.Count}";
        }

        // One or two characters are one gram, which decides alone; longer text needs its pairs in a row, which ILIKE checks.
        var name = scoped
            ? $"incubator_name_grams @> incubator.scoped_grams({incubator}, incubator.search_grams({text}))"
            : $"name_grams @> incubator.search_grams({text})";
        if (search.EnumerateRunes().Count() > 2)
        {
            name += $" AND name ILIKE '%' || incubator.escape_like({text}) || '%'";
        }

        // The grams hold the incubator; the codes do not, so without the outer condition they take it here.
        var codes = $"credit_code LIKE upper({text}) || '%' OR upper(filing_number) LIKE upper({text}) || '%'";
        if (scoped && forCount)
        {
            codes = $"incubator_id = {incubator} AND ({codes})";
        }

        conditions.Add(search.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? $"""
                (({name})
                 OR ({codes}))
                """
            : $"({name})");
        return conditions;
    }

    // One incubator compares by "=", so that the planner walks that incubator's part of the sort index.
    private static void AddIncubatorCondition(NpgsqlParameterCollection parameters, List<string> conditions, IReadOnlyList<Guid>? incubatorIds)
    {
        if (incubatorIds is [var only])
        {
            parameters.Add(new() { Value = only });
            conditions.Add($"incubator_id = ${parameters.Count}");
        }
        else if (incubatorIds is not null)
        {
            parameters.Add(IncubatorIdsParameter(incubatorIds));
            conditions.Add($"incubator_id = ANY(${parameters.Count})");
        }
    }

    private static string Where(List<string> conditions) => conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    private static object KeyValue(OrganizationSort sort, string key) => sort switch
    {
        OrganizationSort.FiledAt => new DateTime(long.Parse(key, CultureInfo.InvariantCulture), DateTimeKind.Utc),
        OrganizationSort.Stage => short.Parse(key, CultureInfo.InvariantCulture),
        _ => key,
    };

    // Typed so that a null (no filter) still has a type for "$1::uuid[] IS NULL".
    private static NpgsqlParameter IncubatorIdsParameter(IReadOnlyList<Guid>? incubatorIds) =>
        new() { Value = (object?)incubatorIds?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid };
}
