using Incubator.Common;
using Npgsql;
using Incubator.Organizations;
using NpgsqlTypes;

namespace Incubator.SocialWorkers;

/// <summary>Writes incubator.social_workers and incubator.social_worker_commitments (0022) from the social worker's grain.</summary>
public sealed class SocialWorkerReadModel(ReadModelDataSource readModel)
{
    private readonly NpgsqlDataSource _db = readModel.DataSource;

    /// <summary>The row and its commitments, in one statement; <paramref name="today"/> is where the committed peak is counted from.</summary>
    public async Task UpsertAsync(SocialWorkerRecord record, DateOnly today)
    {
        await using var command = _db.CreateCommand("""
            WITH worker AS (
                INSERT INTO incubator.social_workers
                    (social_worker_id, name, employer_organization_id, district_id, community_ids, station_ids, skills,
                     certification_level, certificate_number, certified_on, status, left_on, weekly_hours_available,
                     weekly_hours_committed, account_user_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                ON CONFLICT (social_worker_id) DO UPDATE SET
                    name = excluded.name, employer_organization_id = excluded.employer_organization_id,
                    district_id = excluded.district_id, community_ids = excluded.community_ids, station_ids = excluded.station_ids,
                    skills = excluded.skills, certification_level = excluded.certification_level,
                    certificate_number = excluded.certificate_number, certified_on = excluded.certified_on,
                    status = excluded.status, left_on = excluded.left_on,
                    weekly_hours_available = excluded.weekly_hours_available,
                    weekly_hours_committed = excluded.weekly_hours_committed, account_user_id = excluded.account_user_id
                RETURNING social_worker_id
            ), commitments AS (
                SELECT * FROM unnest($16::uuid[], $17::int[], $18::date[], $19::date[], $20::smallint[])
                    AS c(proposal_id, weekly_hours, from_on, until_on, status)
            )
            INSERT INTO incubator.social_worker_commitments (social_worker_id, proposal_id, weekly_hours, from_on, until_on, status)
            SELECT worker.social_worker_id, c.proposal_id, c.weekly_hours, c.from_on, c.until_on, c.status FROM worker, commitments c
            ON CONFLICT (social_worker_id, proposal_id) DO UPDATE SET
                weekly_hours = excluded.weekly_hours, from_on = excluded.from_on, until_on = excluded.until_on, status = excluded.status
            """);
        var certification = record.Certification;
        var commitments = record.Commitments;
        Add(command, record.Id);
        Add(command, record.Name);
        Add(command, record.EmployerOrganizationId, NpgsqlDbType.Uuid);
        Add(command, record.DistrictId);
        Add(command, record.CommunityIds.ToArray());
        Add(command, record.StationIds.ToArray());
        Add(command, record.Skills.Select(s => (int)s).ToArray());
        Add(command, certification is null ? null : (short)certification.Level, NpgsqlDbType.Smallint);
        Add(command, certification?.CertificateNumber, NpgsqlDbType.Text);
        Add(command, certification?.CertifiedOn, NpgsqlDbType.Date);
        Add(command, (short)record.Status);
        Add(command, record.LeftOn, NpgsqlDbType.Date);
        Add(command, record.WeeklyHoursAvailable);
        Add(command, WeeklyHours.PeakFrom(commitments, today));
        Add(command, record.AccountUserId, NpgsqlDbType.Text);
        Add(command, commitments.Select(c => c.ProposalId).ToArray());
        Add(command, commitments.Select(c => c.WeeklyHours).ToArray());
        Add(command, commitments.Select(c => c.From).ToArray());
        Add(command, commitments.Select(c => c.Until).ToArray());
        Add(command, commitments.Select(c => (short)c.Status).ToArray());
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A page of <see cref="SocialWorkerQuery"/>, by name; hours left are counted from the commitments, so ended ones no longer count.</summary>
    public async Task<Page<SocialWorkerSummary>> ListAsync(SocialWorkerQuery query)
    {
        var (rows, total) = await SummariesAsync(query, null, query.PageSize, (query.PageNumber - 1) * query.PageSize);
        return new Page<SocialWorkerSummary>(rows, query.PageNumber, query.PageSize, total);
    }

    /// <summary>Stations from the Communities feature's incubator.stations, with what their active staff offers; none while that table does not exist.</summary>
    public async Task<IReadOnlyList<StationResource>> StationsAsync(IReadOnlyList<Guid>? districtIds, IReadOnlyList<Guid>? communityIds, ServiceDomain? skill, DateOnly today)
    {
        if (!await TableExistsAsync("incubator.stations"))
        {
            return [];
        }

        await using var command = _db.CreateCommand("""
            SELECT station_id, name, district_id, community_ids, operator_organization_id, staff_social_worker_ids
            FROM incubator.stations
            WHERE NOT retired AND ($1::uuid[] IS NULL OR district_id = ANY($1)) AND ($2::uuid[] IS NULL OR community_ids && $2)
            ORDER BY name, station_id
            """);
        Add(command, districtIds?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
        Add(command, communityIds?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
        var stations = new List<(Guid Id, string Name, Guid District, Guid[] Communities, Guid? Operator, Guid[] Staff)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stations.Add((reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetFieldValue<Guid[]>(3),
                    reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.GetFieldValue<Guid[]>(5)));
            }
        }

        var staffIds = stations.SelectMany(s => s.Staff).Distinct().ToArray();
        var everyone = new SocialWorkerQuery(null, null, null, null, ActiveOnly: true, IdleOnly: false, today);
        var staff = staffIds.Length == 0 ? [] : (await SummariesAsync(everyone, staffIds, staffIds.Length, 0)).Rows;
        var byId = staff.ToDictionary(s => s.Id);
        return stations
            .Select(s =>
            {
                var active = s.Staff.Where(byId.ContainsKey).Select(id => byId[id]).ToArray();
                return new StationResource(s.Id, s.Name, s.District, s.Communities, s.Operator, active.Length,
                    active.SelectMany(a => a.Skills).Distinct().Order().ToArray(),
                    active.Max(a => a.CertificationLevel), active.Sum(a => a.HoursLeft));
            })
            .Where(s => skill is not { } wanted || s.Skills.Contains(wanted))
            .ToArray();
    }

    /// <summary>Of the communities, those whose profile (incubator.community_profiles, the Communities feature's) has no space; none while that table does not exist.</summary>
    public async Task<IReadOnlyList<Guid>> CommunitiesWithoutSpaceAsync(IReadOnlyList<Guid> communityIds)
    {
        if (communityIds.Count == 0 || !await TableExistsAsync("incubator.community_profiles"))
        {
            return [];
        }

        await using var command = _db.CreateCommand(
            "SELECT community_id FROM incubator.community_profiles WHERE community_id = ANY($1) AND NOT has_space ORDER BY community_id");
        Add(command, communityIds.ToArray());
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    // The peak of reserved and confirmed hours over the weeks from this Monday on: sums only rise where a commitment
    // starts, so it is enough to look at this week and at the first weeks of later commitments (WeeklyHours, in SQL).
    private const string HoursCommitted = """
        LEFT JOIN LATERAL (
            SELECT coalesce(max(per_week.hours), 0)::int AS peak FROM (
                SELECT sum(c.weekly_hours) AS hours
                FROM (SELECT $1::date AS week
                      UNION SELECT date_trunc('week', b.from_on::timestamp)::date FROM incubator.social_worker_commitments b
                            WHERE b.social_worker_id = w.social_worker_id AND b.status < 2 AND b.from_on > $1) weeks
                JOIN incubator.social_worker_commitments c
                  ON c.social_worker_id = w.social_worker_id AND c.status < 2
                 AND date_trunc('week', c.from_on::timestamp)::date <= weeks.week
                 AND weeks.week <= date_trunc('week', c.until_on::timestamp)::date
                GROUP BY weeks.week) per_week
        ) committed ON true
        """;

    private async Task<(IReadOnlyList<SocialWorkerSummary> Rows, long Total)> SummariesAsync(SocialWorkerQuery query, Guid[]? ids, int limit, int offset)
    {
        await using var command = _db.CreateCommand($"""
            SELECT w.social_worker_id, w.name, w.employer_organization_id, w.district_id, w.community_ids, w.station_ids, w.skills,
                   w.certification_level, w.certificate_number, w.status, w.weekly_hours_available,
                   greatest(w.weekly_hours_available - committed.peak, 0), w.account_user_id, count(*) OVER ()
            FROM incubator.social_workers w
            {HoursCommitted}
            WHERE ($2::uuid[] IS NULL OR w.district_id = ANY($2))
              AND ($3::uuid[] IS NULL OR w.community_ids && $3)
              AND ($4::int IS NULL OR $4 = ANY(w.skills))
              AND ($5::text IS NULL OR strpos(lower(w.name), lower($5)) > 0 OR w.certificate_number = upper($5))
              AND (NOT $6 OR w.status = 0)
              AND (NOT $7 OR (w.status = 0 AND NOT EXISTS (
                    SELECT 1 FROM incubator.social_worker_commitments i
                    WHERE i.social_worker_id = w.social_worker_id AND i.status < 2 AND i.until_on >= $8)))
              AND ($9::uuid[] IS NULL OR w.social_worker_id = ANY($9))
            ORDER BY w.name, w.social_worker_id
            LIMIT $10 OFFSET $11
            """);
        Add(command, WeeklyHours.WeekOf(query.Today));
        Add(command, query.DistrictIds?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
        Add(command, query.CommunityIds?.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
        Add(command, query.Skill is { } skill ? (int)skill : null, NpgsqlDbType.Integer);
        Add(command, string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim(), NpgsqlDbType.Text);
        Add(command, query.ActiveOnly);
        Add(command, query.IdleOnly);
        Add(command, query.Today);
        Add(command, ids, NpgsqlDbType.Array | NpgsqlDbType.Uuid);
        Add(command, limit);
        Add(command, offset);
        var rows = new List<SocialWorkerSummary>();
        long total = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new SocialWorkerSummary(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetGuid(2),
                reader.GetGuid(3),
                reader.GetFieldValue<Guid[]>(4),
                reader.GetFieldValue<Guid[]>(5),
                reader.GetFieldValue<int[]>(6).Select(s => (ServiceDomain)s).ToArray(),
                reader.IsDBNull(7) ? null : (CertificationLevel)reader.GetInt16(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                (SocialWorkerStatus)reader.GetInt16(9),
                reader.GetInt32(10),
                reader.GetInt32(11),
                reader.IsDBNull(12) ? null : reader.GetString(12)));
            total = reader.GetInt64(13);
        }

        return (rows, total);
    }

    private async Task<bool> TableExistsAsync(string table)
    {
        await using var command = _db.CreateCommand("SELECT to_regclass($1) IS NOT NULL");
        Add(command, table);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static void Add(NpgsqlCommand command, object value) => command.Parameters.Add(new() { Value = value });

    private static void Add(NpgsqlCommand command, object? value, NpgsqlDbType type) =>
        command.Parameters.Add(new() { Value = value ?? DBNull.Value, NpgsqlDbType = type });
}
