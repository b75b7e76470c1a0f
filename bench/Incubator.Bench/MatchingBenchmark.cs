using System.Diagnostics;
using System.Globalization;
using Incubator.Common;
using Incubator.Inbox;
using Incubator.Needs;
using Npgsql;

namespace Incubator.Bench;

/// <summary>
/// P9 (docs/benchmarks.md): ranking candidate teams for a need over 10,000 organizations' offers and 5,000 social workers.
/// Matching reads only read models (docs/domain.md §10), so the rows are generated in SQL, shaped as the grains write
/// them: 10 districts × 10 subdistricts × 10 communities; every organization offers one to three of the eight domains
/// to one to three target groups, in its community, its subdistrict or its whole district; every social worker works
/// for one organization with one to three skills and 10-40 weekly hours, part of them committed; 500 stations,
/// 2,000 stationings, 20,000 past engagements with feedback. Then needs in random communities are ranked through
/// <see cref="NeedsReadModel.RankTeamsAsync"/>, as the needs directory grain calls it.
/// Arguments: --Organizations=10000 --SocialWorkers=5000 --Needs=200 --Runs=5 --Warmup=20.
/// </summary>
public static class MatchingBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var values = args.Select(a => a.TrimStart('-').Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var connectionString = values["ConnectionString"];
        var organizations = Number("Organizations", 10_000);
        var socialWorkers = Number("SocialWorkers", 5_000);
        var needs = Number("Needs", 200);
        var runs = Number("Runs", 5);
        var warmup = Number("Warmup", 20);

        Schema.SchemaMigrator.Upgrade(connectionString);
        await using var db = NpgsqlDataSource.Create(connectionString);
        var started = Stopwatch.GetTimestamp();
        // Several statements in one command take no parameters: the sizes (integers) go into the text.
        var generateSql = GenerateSql
            .Replace("$1", organizations.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$2", socialWorkers.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$3", needs.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        await using (var generate = db.CreateCommand(generateSql))
        {
            generate.CommandTimeout = 600;
            await generate.ExecuteNonQueryAsync();
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {organizations} offers, {socialWorkers} social workers, {needs} needs in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s"));
        var needIds = new List<Guid>();
        await using (var list = db.CreateCommand("SELECT need_id FROM incubator.needs ORDER BY need_id"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                needIds.Add(reader.GetGuid(0));
            }
        }

        var readModel = new ReadModelDataSource(db);
        var matching = new NeedsReadModel(readModel, new InboxReadModel(readModel));
        foreach (var id in needIds.Take(warmup))
        {
            await matching.RankTeamsAsync(id, 20);
        }

        var samples = new List<double>();
        var runP95 = new List<double>();
        var teams = new List<int>();
        for (var run = 0; run < runs; run++)
        {
            var these = new List<double>();
            foreach (var id in needIds)
            {
                var at = Stopwatch.GetTimestamp();
                var ranked = await matching.RankTeamsAsync(id, 20);
                these.Add(Stopwatch.GetElapsedTime(at).TotalMilliseconds);
                teams.Add(ranked.Count);
            }

            samples.AddRange(these);
            runP95.Add(Stats.Percentile(these, 0.95));
        }

        var candidates = await ScalarAsync(db, """
            SELECT avg(c)::int FROM (
              SELECT count(*) AS c FROM incubator.needs n JOIN incubator.service_offerings o
                ON o.domains @> ARRAY[n.domain] AND o.area_ids && ARRAY[n.community_id, n.subdistrict_id, n.district_id]
              GROUP BY n.need_id) x
            """);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            | organizations (offers) | social workers | needs ranked × runs | candidates per need (avg) | teams shown (avg) | p50 | p95 | p99 | p95 per run |
            |---|---|---|---|---|---|---|---|---|
            | {organizations:N0} | {socialWorkers:N0} | {needIds.Count} × {runs} | {candidates} | {teams.Average():0.0} | {Stats.Median(samples):0.0} ms | {Stats.Percentile(samples, 0.95):0.0} ms | {Stats.Percentile(samples, 0.99):0.0} ms | {string.Join(", ", runP95.Select(p => p.ToString("0.0", CultureInfo.InvariantCulture)))} ms |
            """));
        return Stats.Percentile(samples, 0.95) < 200 ? 0 : 1;
    }

    private static async Task<object?> ScalarAsync(NpgsqlDataSource db, string sql)
    {
        await using var command = db.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }

    // Deterministic (setseed) so that every run ranks the same rows.
    private const string GenerateSql = """
        SELECT setseed(0.2026);
        CREATE TEMP TABLE bench_districts AS SELECT gen_random_uuid() AS id, d FROM generate_series(1, 10) d;
        CREATE TEMP TABLE bench_subdistricts AS SELECT gen_random_uuid() AS id, b.id AS district_id, s FROM bench_districts b, generate_series(1, 10) s;
        CREATE TEMP TABLE bench_communities AS
            SELECT gen_random_uuid() AS id, s.id AS subdistrict_id, s.district_id, row_number() OVER () AS n FROM bench_subdistricts s, generate_series(1, 10) c;
        CREATE TEMP TABLE bench_organizations AS
            SELECT gen_random_uuid() AS id, i, c.id AS community_id, c.subdistrict_id, c.district_id
            FROM (SELECT i, 1 + floor(random() * 1000)::int AS cn FROM generate_series(1, $1) i) g JOIN bench_communities c ON c.n = g.cn;

        INSERT INTO incubator.service_offerings (organization_id, organization_name, district_id, domains, target_groups, area_ids,
            monthly_capacity, priced, price_note, description, updated_by, updated_at)
        SELECT o.id, '基准组织' || o.i, o.district_id,
               ARRAY(SELECT DISTINCT (random() * 7)::int FROM generate_series(1, 1 + (o.i % 3))),
               ARRAY(SELECT DISTINCT (random() * 6)::int FROM generate_series(1, 1 + (o.i % 3))),
               CASE o.i % 3 WHEN 0 THEN ARRAY[o.community_id] WHEN 1 THEN ARRAY[o.subdistrict_id] ELSE ARRAY[o.district_id] END,
               (random() * 5)::int, o.i % 4 = 0, NULL, NULL, 'bench', now()
        FROM bench_organizations o;

        INSERT INTO incubator.social_workers (social_worker_id, name, employer_organization_id, district_id, community_ids, station_ids, skills,
            certification_level, certificate_number, certified_on, status, left_on, weekly_hours_available, weekly_hours_committed, account_user_id)
        SELECT gen_random_uuid(), '基准社工' || w, o.id, o.district_id, ARRAY[o.community_id], ARRAY[]::uuid[],
               ARRAY(SELECT DISTINCT (random() * 7)::int FROM generate_series(1, 1 + (w % 3))),
               CASE WHEN w % 3 = 0 THEN NULL ELSE (1 + w % 3)::smallint END, CASE WHEN w % 3 = 0 THEN NULL ELSE 'BENCH' || w END,
               CASE WHEN w % 3 = 0 THEN NULL ELSE date '2020-01-01' END, (CASE WHEN w % 20 = 0 THEN 1 ELSE 0 END)::smallint, CASE WHEN w % 20 = 0 THEN date '2026-06-01' END,
               10 + w % 31, (w * 13) % 10, NULL
        FROM (SELECT w, 1 + floor(random() * $1)::int AS oi FROM generate_series(1, $2) w) g JOIN bench_organizations o ON o.i = g.oi;

        INSERT INTO incubator.stations (station_id, name, district_id, community_ids, operator_organization_id, staff_social_worker_ids, retired)
        SELECT gen_random_uuid(), '基准工作站' || s, o.district_id, ARRAY[o.community_id], o.id, ARRAY[]::uuid[], false
        FROM (SELECT s, 1 + floor(random() * $1)::int AS oi FROM generate_series(1, 500) s) g JOIN bench_organizations o ON o.i = g.oi;

        INSERT INTO incubator.stationings (stationing_id, organization_id, community_id, starts_on, ends_on, space_id, ended_on, end_reason)
        SELECT gen_random_uuid(), o.id, o.community_id, date '2026-01-01', date '2027-12-31', NULL, NULL, NULL
        FROM (SELECT s, 1 + floor(random() * $1)::int AS oi FROM generate_series(1, 2000) s) g JOIN bench_organizations o ON o.i = g.oi;

        INSERT INTO incubator.engagements (engagement_id, need_id, need_title, organization_id, organization_name, social_worker_id, station_id,
            community_id, district_id, target_group, status, starts_on, ends_on, planned_hours, hours_logged, residents_served, feedback_score,
            budget_area_id, budget_area_level, project_id, started_at, closed_at)
        SELECT gen_random_uuid(), gen_random_uuid(), '基准项目' || e, o.id, '基准组织' || o.i, NULL, NULL, o.community_id, o.district_id,
               e % 7, (CASE WHEN e % 10 = 0 THEN 0 ELSE 1 END)::smallint, date '2025-01-01' + e % 300, date '2025-06-01' + e % 300, 40, 38, 25,
               (CASE WHEN e % 10 = 0 THEN NULL ELSE 1 + e % 5 END)::smallint, NULL, NULL, NULL, now(), NULL
        FROM (SELECT e, 1 + floor(random() * $1)::int AS oi FROM generate_series(1, 20000) e) g JOIN bench_organizations o ON o.i = g.oi;

        INSERT INTO incubator.needs (need_id, community_id, subdistrict_id, district_id, title, domain, target_group, residents_affected,
            urgency, wanted_by, budget, status, posted_at, due_on, matched_at, escalation_level, owner_user_id, closed_reason)
        SELECT gen_random_uuid(), c.id, c.subdistrict_id, c.district_id, '基准需求' || k, k % 8, k % 7, 30, 1, date '2027-06-01', NULL, 0,
               now(), date '2027-01-01', NULL, 0, 'bench', NULL
        FROM (SELECT k, 1 + floor(random() * 1000)::int AS cn FROM generate_series(1, $3) k) g JOIN bench_communities c ON c.n = g.cn;

        ANALYZE incubator.service_offerings; ANALYZE incubator.social_workers; ANALYZE incubator.stations;
        ANALYZE incubator.stationings; ANALYZE incubator.engagements; ANALYZE incubator.needs;
        """;
}
