using System.Globalization;
using Incubator.Common;
using Incubator.Communities;
using Incubator.Geography;
using Incubator.Inbox;
using Incubator.Organizations;
using Npgsql;
using NpgsqlTypes;

namespace Incubator.Needs;

/// <summary>
/// The needs list, proposals, engagements and service logs in PostgreSQL (0025, 0027), written by the need's grain
/// after its state (every row of the need at once, so a rerun repairs what a failed one left), and the reads across
/// them: lists, inboxes, matching, idle organizations and duplicate support.
/// </summary>
public sealed class NeedsReadModel(ReadModelDataSource readModel, InboxReadModel inbox)
{
    private readonly NpgsqlDataSource _db = readModel.DataSource;

    /// <summary>The area of a budget key (IBudgetGrain.KeyFor: "{areaId:N}:{year}"), or null when it is not one.</summary>
    public static Guid? BudgetAreaOf(string budgetKey) =>
        Guid.TryParseExact(budgetKey.Split(':')[0], "N", out var areaId) ? areaId : null;

    public async Task ProjectAsync(NeedRecord need, AreaLevel? budgetAreaLevel)
    {
        await using var batch = _db.CreateBatch();
        batch.BatchCommands.Add(new("""
            INSERT INTO incubator.needs (need_id, community_id, subdistrict_id, district_id, title, domain, target_group, residents_affected,
                urgency, wanted_by, budget, status, posted_at, due_on, matched_at, escalation_level, owner_user_id, closed_reason)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
            ON CONFLICT (need_id) DO UPDATE SET title = EXCLUDED.title, status = EXCLUDED.status, matched_at = EXCLUDED.matched_at,
                escalation_level = EXCLUDED.escalation_level, closed_reason = EXCLUDED.closed_reason, budget = EXCLUDED.budget
            """)
        {
            Parameters =
            {
                new() { Value = need.Id }, new() { Value = need.CommunityId }, new() { Value = need.SubdistrictId }, new() { Value = need.DistrictId },
                new() { Value = need.Title }, new() { Value = (int)need.Domain }, new() { Value = (int)need.TargetGroup }, new() { Value = need.ResidentsAffected },
                new() { Value = (short)need.Urgency }, new() { Value = need.WantedBy }, Nullable(need.Budget, NpgsqlDbType.Numeric),
                new() { Value = (short)need.Status }, new() { Value = need.PostedAt.UtcDateTime }, new() { Value = need.DueOn },
                Nullable(need.MatchedAt?.UtcDateTime, NpgsqlDbType.TimestampTz), new() { Value = (short)need.EscalationLevel },
                new() { Value = need.OwnerUserId }, Nullable(need.ClosedReason, NpgsqlDbType.Text),
            },
        });
        foreach (var p in need.Proposals)
        {
            batch.BatchCommands.Add(new("""
                INSERT INTO incubator.proposals (proposal_id, need_id, need_title, community_id, organization_id, organization_name, social_worker_id,
                    social_worker_name, starts_on, ends_on, weekly_hours, planned_hours, status, organization_answer, social_worker_answer, proposed_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
                ON CONFLICT (proposal_id) DO UPDATE SET status = EXCLUDED.status, organization_answer = EXCLUDED.organization_answer,
                    social_worker_answer = EXCLUDED.social_worker_answer, need_title = EXCLUDED.need_title
                """)
            {
                Parameters =
                {
                    new() { Value = p.Id }, new() { Value = need.Id }, new() { Value = need.Title }, new() { Value = need.CommunityId },
                    new() { Value = p.OrganizationId }, new() { Value = p.OrganizationName }, new() { Value = p.SocialWorkerId }, new() { Value = p.SocialWorkerName },
                    new() { Value = p.StartsOn }, new() { Value = p.EndsOn }, new() { Value = p.WeeklyHours }, new() { Value = p.PlannedHours },
                    new() { Value = (short)p.Status }, new() { Value = (short)p.OrganizationAnswer }, new() { Value = (short)p.SocialWorkerAnswer },
                    new() { Value = p.ProposedAt.UtcDateTime },
                },
            });
        }

        if (need.Engagement is { } e)
        {
            batch.BatchCommands.Add(new("""
                INSERT INTO incubator.engagements (engagement_id, need_id, need_title, organization_id, organization_name, social_worker_id, station_id,
                    community_id, district_id, target_group, status, starts_on, ends_on, planned_hours, hours_logged, residents_served, feedback_score,
                    budget_area_id, budget_area_level, project_id, started_at, closed_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)
                ON CONFLICT (engagement_id) DO UPDATE SET status = EXCLUDED.status, hours_logged = EXCLUDED.hours_logged,
                    residents_served = EXCLUDED.residents_served, feedback_score = EXCLUDED.feedback_score, closed_at = EXCLUDED.closed_at,
                    need_title = EXCLUDED.need_title
                """)
            {
                Parameters =
                {
                    new() { Value = e.Id }, new() { Value = need.Id }, new() { Value = need.Title }, new() { Value = e.OrganizationId },
                    new() { Value = e.OrganizationName }, new() { Value = e.SocialWorkerId }, Nullable(e.StationId, NpgsqlDbType.Uuid),
                    new() { Value = need.CommunityId }, new() { Value = need.DistrictId }, new() { Value = (int)need.TargetGroup },
                    new() { Value = (short)e.Status }, new() { Value = e.StartsOn }, new() { Value = e.EndsOn }, new() { Value = e.PlannedHours },
                    new() { Value = e.HoursLogged }, new() { Value = e.ResidentsServed }, Nullable((short?)e.FeedbackScore, NpgsqlDbType.Smallint),
                    Nullable(e.BudgetKey is { } key ? BudgetAreaOf(key) : null, NpgsqlDbType.Uuid), Nullable((short?)budgetAreaLevel, NpgsqlDbType.Smallint),
                    Nullable(e.ProjectId, NpgsqlDbType.Uuid), new() { Value = e.StartedAt.UtcDateTime }, Nullable(e.ClosedAt?.UtcDateTime, NpgsqlDbType.TimestampTz),
                },
            });
            foreach (var log in e.Logs)
            {
                batch.BatchCommands.Add(new("""
                    INSERT INTO incubator.service_logs (log_id, engagement_id, served_on, hours, residents_served, note, logged_by, logged_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (log_id) DO NOTHING
                    """)
                {
                    Parameters =
                    {
                        new() { Value = log.Id }, new() { Value = e.Id }, new() { Value = log.ServedOn }, new() { Value = log.Hours },
                        new() { Value = log.ResidentsServed }, Nullable(log.Note, NpgsqlDbType.Text), new() { Value = log.LoggedBy },
                        new() { Value = log.LoggedAt.UtcDateTime },
                    },
                });
            }
        }

        await batch.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<NeedRow>> NeedsAsync(NeedFilter filter)
    {
        await using var command = _db.CreateCommand($"""
            SELECT {NeedColumns} FROM incubator.needs
            WHERE ($1::uuid[] IS NULL OR community_id = ANY($1) OR subdistrict_id = ANY($1) OR district_id = ANY($1))
              AND ($2::smallint IS NULL OR status = $2)
            ORDER BY posted_at DESC, need_id
            LIMIT $3
            """);
        command.Parameters.Add(Ids(filter.AreaIds));
        command.Parameters.Add(Nullable((short?)filter.Status, NpgsqlDbType.Smallint));
        command.Parameters.Add(new() { Value = Math.Clamp(filter.Limit, 1, 500) });
        return await NeedRowsAsync(command);
    }

    public async Task<IReadOnlyList<NeedRow>> EscalatedAsync(IReadOnlyList<Guid> subdistrictIds, IReadOnlyList<Guid> districtIds)
    {
        await using var command = _db.CreateCommand($"""
            SELECT {NeedColumns} FROM incubator.needs
            WHERE status = 0 AND escalation_level > 0
              AND (subdistrict_id = ANY($1) OR (escalation_level = 2 AND district_id = ANY($2)))
            ORDER BY due_on, need_id
            LIMIT 500
            """);
        command.Parameters.Add(Ids(subdistrictIds));
        command.Parameters.Add(Ids(districtIds));
        return await NeedRowsAsync(command);
    }

    public Task<Guid?> NeedOfEngagementAsync(Guid engagementId) =>
        ScalarGuidAsync("SELECT need_id FROM incubator.engagements WHERE engagement_id = $1", engagementId);

    public Task<Guid?> NeedOfProposalAsync(Guid proposalId) =>
        ScalarGuidAsync("SELECT need_id FROM incubator.proposals WHERE proposal_id = $1", proposalId);

    public async Task<Guid?> SocialWorkerOfAccountAsync(string userId)
    {
        await using var command = _db.CreateCommand("SELECT social_worker_id FROM incubator.social_workers WHERE account_user_id = $1 LIMIT 1");
        command.Parameters.Add(new() { Value = userId });
        return await command.ExecuteScalarAsync() as Guid?;
    }

    public Task<IReadOnlyList<ProposalRow>> ProposalsForOrganizationAsync(Guid organizationId) => ProposalsAsync("organization_id", organizationId);

    public Task<IReadOnlyList<ProposalRow>> ProposalsForSocialWorkerAsync(Guid socialWorkerId) => ProposalsAsync("social_worker_id", socialWorkerId);

    /// <summary>
    /// Candidate teams for a need, in one statement over the read models (docs/domain.md §10, docs/benchmarks.md P6):
    /// offers in the need's domain serving its community, subdistrict or district; for each, its best social worker with
    /// hours left (skilled in the domain, then serving the community, then most hours) and its station in the community;
    /// its track record from engagements. Stationed organizations first, then by score.
    /// </summary>
    public async Task<IReadOnlyList<RankedTeam>> RankTeamsAsync(Guid needId, int limit)
    {
        await using var command = _db.CreateCommand(RankingSql);
        command.Parameters.Add(new() { Value = needId });
        command.Parameters.Add(new() { Value = Math.Clamp(limit, 1, 100) });
        var teams = new List<RankedTeam>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var reach = reader.GetInt32(7);
            var capacityLeft = reader.GetInt32(8);
            var hoursLeft = reader.GetInt32(9);
            var done = reader.GetInt32(12);
            var feedback = reader.IsDBNull(13) ? (decimal?)null : reader.GetDecimal(13);
            var factors = new FactorScore[]
            {
                new(MatchFactor.Domain, DomainPoints, DomainPoints, ""),
                new(MatchFactor.TargetGroup, reader.GetBoolean(10) ? TargetGroupPoints : 0, TargetGroupPoints, reader.GetBoolean(10) ? "fit" : "none"),
                new(MatchFactor.Geography, GeographyPoints(reach), GeographyPoints(2), reach switch { 2 => "community", 1 => "subdistrict", _ => "district" }),
                new(MatchFactor.Capacity, CapacityPoints(capacityLeft), CapacityPoints(2), capacityLeft.ToString(CultureInfo.InvariantCulture)),
                new(MatchFactor.Hours, Math.Min(hoursLeft, MaxHoursPoints), MaxHoursPoints, hoursLeft.ToString(CultureInfo.InvariantCulture)),
                new(MatchFactor.Skill, reader.GetBoolean(11) ? SkillPoints : 0, SkillPoints, reader.GetBoolean(11) ? "skilled" : "none"),
                new(MatchFactor.TrackRecord, TrackRecordPoints(done, feedback), TrackRecordPoints(5, 5), FormattableString.Invariant($"{done}|{feedback:0.0}")),
            };
            teams.Add(new RankedTeam(
                reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2), reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetGuid(4), reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.GetBoolean(6), factors.Sum(f => f.Points), factors));
        }

        return teams;
    }

    public async Task<IReadOnlyList<IdleOrganization>> IdleOrganizationsAsync(IReadOnlyList<Guid>? districtIds, DateOnly today)
    {
        await using var command = _db.CreateCommand("""
            SELECT o.organization_id, o.organization_name, o.monthly_capacity, last.ends_on
            FROM incubator.service_offerings o
            LEFT JOIN LATERAL (SELECT max(e.ends_on) AS ends_on, bool_or(e.status = 0 OR e.ends_on >= $2 OR e.started_at >= $2::timestamp) AS recent
                               FROM incubator.engagements e WHERE e.organization_id = o.organization_id) last ON true
            WHERE o.monthly_capacity > 0 AND ($1::uuid[] IS NULL OR o.district_id = ANY($1)) AND last.recent IS NOT TRUE
            ORDER BY last.ends_on NULLS FIRST, o.organization_name
            LIMIT 500
            """);
        command.Parameters.Add(Ids(districtIds));
        command.Parameters.Add(new() { Value = today.AddDays(-IdleDays), NpgsqlDbType = NpgsqlDbType.Date });
        var rows = new List<IdleOrganization>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new IdleOrganization(reader.GetGuid(0), reader.GetString(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateOnly>(3)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<DuplicateCommunitySupport>> DuplicateCommunitySupportAsync(IReadOnlyList<Guid>? districtIds, Guid? engagementId = null)
    {
        await using var command = _db.CreateCommand("""
            SELECT a.community_id, a.target_group, a.engagement_id, a.organization_id, a.organization_name, a.budget_area_id,
                   b.engagement_id, b.organization_id, b.organization_name, b.budget_area_id
            FROM incubator.engagements a
            JOIN incubator.engagements b
              ON b.community_id = a.community_id AND b.target_group = a.target_group AND b.organization_id <> a.organization_id
             AND b.budget_area_level <> a.budget_area_level AND a.engagement_id < b.engagement_id
             AND a.starts_on <= b.ends_on AND b.starts_on <= a.ends_on
            WHERE a.budget_area_id IS NOT NULL AND b.budget_area_id IS NOT NULL
              AND ($1::uuid[] IS NULL OR a.district_id = ANY($1))
              AND ($2::uuid IS NULL OR a.engagement_id = $2 OR b.engagement_id = $2)
            ORDER BY a.community_id, a.target_group, a.starts_on
            LIMIT 500
            """);
        command.Parameters.Add(Ids(districtIds));
        command.Parameters.Add(Nullable(engagementId, NpgsqlDbType.Uuid));
        var rows = new List<DuplicateCommunitySupport>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new DuplicateCommunitySupport(reader.GetGuid(0), (TargetGroup)reader.GetInt32(1),
                reader.GetGuid(2), reader.GetGuid(3), reader.GetString(4), reader.GetGuid(5),
                reader.GetGuid(6), reader.GetGuid(7), reader.GetString(8), reader.GetGuid(9)));
        }

        return rows;
    }

    /// <summary>
    /// After an engagement funded from a budget project starts: each pair it forms with another tier's funding of another
    /// organization for the same target group in the same community is flagged, like duplicate support of one
    /// organization (0009), in the inbox of the managers of the incubators at both funding areas. Keys are per pair and
    /// incubator, so repeats add nothing.
    /// </summary>
    public async Task FlagDuplicateCommunitySupportAsync(Guid engagementId, GeographySnapshot geography, DateTimeOffset now)
    {
        foreach (var pair in await DuplicateCommunitySupportAsync(null, engagementId))
        {
            var incubators = geography.Incubators
                .Where(i => i.AreaId == pair.FirstBudgetAreaId || i.AreaId == pair.SecondBudgetAreaId)
                .Select(i => i.Id).Distinct();
            foreach (var incubatorId in incubators)
            {
                foreach (var (organizationId, name) in new[] { (pair.FirstOrganizationId, pair.FirstOrganizationName), (pair.SecondOrganizationId, pair.SecondOrganizationName) })
                {
                    await inbox.OpenAsync(new InboxItem(
                        $"{InboxKind.DuplicateCommunitySupport}:{pair.FirstEngagementId:N}:{pair.SecondEngagementId:N}:{incubatorId:N}:{organizationId:N}",
                        incubatorId, InboxAudience.Manager, InboxKind.DuplicateCommunitySupport, organizationId, name, null, now));
                }
            }
        }
    }

    /// <summary>Days without an engagement after which an organization with capacity counts as idle (docs/domain.md §10).</summary>
    public const int IdleDays = 90;

    private const int DomainPoints = 30;
    private const int TargetGroupPoints = 20;
    private const int MaxHoursPoints = 10;
    private const int SkillPoints = 5;

    private static int GeographyPoints(int reach) => reach switch { 2 => 20, 1 => 12, _ => 6 };

    private static int CapacityPoints(int left) => left >= 2 ? 10 : left == 1 ? 5 : 0;

    // One point per engagement done (up to five) and the residents' average score rounded (up to five).
    private static int TrackRecordPoints(int done, decimal? feedback) =>
        Math.Min(done, 5) + (int)Math.Round(feedback ?? 0, MidpointRounding.AwayFromZero);

    // Points here repeat the constants above so that the order is decided in SQL (the limit applies to the ranked list).
    private const string RankingSql = """
        WITH need AS (
            SELECT community_id, subdistrict_id, district_id, domain, target_group FROM incubator.needs WHERE need_id = $1
        ), candidates AS (
            SELECT o.organization_id, o.organization_name, o.monthly_capacity, n.community_id, n.domain,
                   (o.target_groups @> ARRAY[n.target_group] OR o.target_groups @> ARRAY[6]) AS group_fit,
                   CASE WHEN o.area_ids @> ARRAY[n.community_id] THEN 2 WHEN o.area_ids @> ARRAY[n.subdistrict_id] THEN 1 ELSE 0 END AS reach
            FROM need n
            JOIN incubator.service_offerings o
              ON o.domains @> ARRAY[n.domain] AND o.area_ids && ARRAY[n.community_id, n.subdistrict_id, n.district_id]
        ), teams AS (
            SELECT c.*, w.social_worker_id, w.name AS social_worker_name, w.hours_left, w.skilled, st.station_id, st.name AS station_name,
                   EXISTS (SELECT 1 FROM incubator.stationings s
                           WHERE s.organization_id = c.organization_id AND s.community_id = c.community_id AND s.ended_on IS NULL) AS stationed,
                   coalesce(r.done, 0)::int AS done, r.feedback, GREATEST(c.monthly_capacity - coalesce(r.active, 0), 0)::int AS capacity_left
            FROM candidates c
            JOIN LATERAL (
                SELECT w.social_worker_id, w.name, (w.weekly_hours_available - w.weekly_hours_committed) AS hours_left,
                       w.skills @> ARRAY[c.domain] AS skilled
                FROM incubator.social_workers w
                WHERE w.employer_organization_id = c.organization_id AND w.status = 0 AND w.weekly_hours_available > w.weekly_hours_committed
                ORDER BY w.skills @> ARRAY[c.domain] DESC, w.community_ids @> ARRAY[c.community_id] DESC,
                         w.weekly_hours_available - w.weekly_hours_committed DESC, w.social_worker_id
                LIMIT 1) w ON true
            LEFT JOIN LATERAL (
                SELECT st.station_id, st.name FROM incubator.stations st
                WHERE st.operator_organization_id = c.organization_id AND NOT st.retired AND st.community_ids @> ARRAY[c.community_id]
                ORDER BY st.name LIMIT 1) st ON true
            LEFT JOIN LATERAL (
                SELECT count(*) FILTER (WHERE e.status = 1) AS done, avg(e.feedback_score) FILTER (WHERE e.status = 1) AS feedback,
                       count(*) FILTER (WHERE e.status = 0) AS active
                FROM incubator.engagements e WHERE e.organization_id = c.organization_id) r ON true
        )
        SELECT organization_id, organization_name, social_worker_id, social_worker_name, station_id, station_name, stationed,
               reach, capacity_left, hours_left, group_fit, skilled, done, round(feedback, 1) AS feedback
        FROM teams
        ORDER BY stationed DESC,
                 30 + CASE WHEN group_fit THEN 20 ELSE 0 END + CASE reach WHEN 2 THEN 20 WHEN 1 THEN 12 ELSE 6 END
                    + CASE WHEN capacity_left >= 2 THEN 10 WHEN capacity_left = 1 THEN 5 ELSE 0 END + LEAST(hours_left, 10)
                    + CASE WHEN skilled THEN 5 ELSE 0 END + LEAST(done, 5) + coalesce(round(feedback), 0) DESC,
                 organization_name, organization_id
        LIMIT $2
        """;

    private const string NeedColumns =
        "need_id, community_id, title, domain, target_group, residents_affected, urgency, wanted_by, budget, status, posted_at, due_on, escalation_level";

    private static async Task<IReadOnlyList<NeedRow>> NeedRowsAsync(NpgsqlCommand command)
    {
        var rows = new List<NeedRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new NeedRow(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), (ServiceDomain)reader.GetInt32(3), (TargetGroup)reader.GetInt32(4),
                reader.GetInt32(5), (NeedUrgency)reader.GetInt16(6), reader.GetFieldValue<DateOnly>(7), reader.IsDBNull(8) ? null : reader.GetDecimal(8),
                (NeedStatus)reader.GetInt16(9), new DateTimeOffset(reader.GetDateTime(10), TimeSpan.Zero), reader.GetFieldValue<DateOnly>(11),
                (EscalationLevel)reader.GetInt16(12)));
        }

        return rows;
    }

    private async Task<IReadOnlyList<ProposalRow>> ProposalsAsync(string column, Guid id)
    {
        await using var command = _db.CreateCommand($"""
            SELECT proposal_id, need_id, need_title, community_id, organization_id, organization_name, social_worker_id, social_worker_name,
                   starts_on, ends_on, weekly_hours, planned_hours, status, organization_answer, social_worker_answer, proposed_at
            FROM incubator.proposals WHERE {column} = $1
            ORDER BY proposed_at DESC, proposal_id
            LIMIT 500
            """);
        command.Parameters.Add(new() { Value = id });
        var rows = new List<ProposalRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new ProposalRow(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetGuid(3), reader.GetGuid(4), reader.GetString(5),
                reader.GetGuid(6), reader.GetString(7), reader.GetFieldValue<DateOnly>(8), reader.GetFieldValue<DateOnly>(9),
                reader.GetInt32(10), reader.GetInt32(11), (ProposalStatus)reader.GetInt16(12), (ProposalAnswer)reader.GetInt16(13),
                (ProposalAnswer)reader.GetInt16(14), new DateTimeOffset(reader.GetDateTime(15), TimeSpan.Zero)));
        }

        return rows;
    }

    private async Task<Guid?> ScalarGuidAsync(string sql, Guid id)
    {
        await using var command = _db.CreateCommand(sql);
        command.Parameters.Add(new() { Value = id });
        return await command.ExecuteScalarAsync() as Guid?;
    }

    private static NpgsqlParameter Ids(IReadOnlyList<Guid>? ids) =>
        new() { Value = (object?)ids?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid };

    private static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) => new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
