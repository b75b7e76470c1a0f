using Incubator.Testing;
using Npgsql;

namespace Incubator.Schema.Tests;

/// <summary>0012 on a directory that already has rows: counts backfilled, grams computed, later changes counted.</summary>
public sealed class ListsMigrationTests
{
    [Fact]
    public async Task ExistingDirectoryRowsAreCountedAndSearchable()
    {
        var connectionString = TestDatabase.CreateEmpty("lists");
        SchemaMigrator.Upgrade(connectionString, before: "0012");
        var incubators = new[] { Guid.NewGuid(), Guid.NewGuid() };
        await using var db = NpgsqlDataSource.Create(connectionString);
        await ExecuteAsync(db, """
            INSERT INTO incubator.organization_directory (organization_id, incubator_id, name, filing_number, category, stage, filed_at, updated_at)
            SELECT gen_random_uuid(), ($1::uuid[])[1 + i % 2], CASE WHEN i % 4 = 0 THEN '阳光社区养老服务中心 ' ELSE '东风志愿者协会 ' END || i,
                   'BA20260301-' || i, 0, i % 3, now(), now()
            FROM generate_series(1, 40) AS i
            """, incubators);

        Assert.Contains("Incubator.Schema.Scripts.0012_lists_that_do_not_scan.sql", SchemaMigrator.Upgrade(connectionString));
        Assert.Equal(0L, await MismatchesAsync(db));
        Assert.Equal(10L, await ScalarAsync(db, "SELECT count(*) FROM incubator.organization_directory WHERE name_grams @> incubator.search_grams('社区')"));

        await ExecuteAsync(db, "UPDATE incubator.organization_directory SET stage = 6 WHERE name LIKE '东风%'");
        Assert.Equal(0L, await MismatchesAsync(db));
    }

    // Count rows that disagree with a GROUP BY over the directory, either way.
    private static Task<long> MismatchesAsync(NpgsqlDataSource db) => ScalarAsync(db, """
        SELECT count(*) FROM
            (SELECT incubator_id, stage, count(*) AS n FROM incubator.organization_directory GROUP BY 1, 2) AS grouped
            FULL JOIN (SELECT incubator_id, stage, sum(count) AS n FROM incubator.organization_stage_counts GROUP BY 1, 2 HAVING sum(count) <> 0) AS kept
            USING (incubator_id, stage)
        WHERE grouped.n IS DISTINCT FROM kept.n
        """);

    private static async Task<long> ScalarAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource db, string sql, params object[] values)
    {
        await using var command = db.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new() { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }
}
