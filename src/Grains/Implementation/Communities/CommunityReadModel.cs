using Incubator.Common;
using Npgsql;
using NpgsqlTypes;

namespace Incubator.Communities;

/// <summary>
/// The communities' read models in PostgreSQL (deploy/Incubator.Schema 0019-0021), written by the community and station grains
/// after their state, and the rows coverage is computed from, including the social workers' and needs' tables of issue 11.
/// </summary>
public sealed class CommunityReadModel(ReadModelDataSource readModel)
{
    private readonly NpgsqlDataSource _db = readModel.DataSource;

    /// <summary>The profile row, and the residents as last recorded in <paramref name="year"/>, in one statement.</summary>
    public async Task UpsertProfileAsync(Guid communityId, Guid subdistrictId, Guid districtId, CommunityProfile profile, int year, DateTimeOffset at)
    {
        await using var command = _db.CreateCommand("""
            WITH profile AS (
                INSERT INTO incubator.community_profiles
                    (community_id, subdistrict_id, district_id, residents, households, elderly, children, disabled, hardship_families, has_space, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                ON CONFLICT (community_id) DO UPDATE SET
                    subdistrict_id = EXCLUDED.subdistrict_id, district_id = EXCLUDED.district_id, residents = EXCLUDED.residents,
                    households = EXCLUDED.households, elderly = EXCLUDED.elderly, children = EXCLUDED.children,
                    disabled = EXCLUDED.disabled, hardship_families = EXCLUDED.hardship_families, has_space = EXCLUDED.has_space,
                    updated_at = EXCLUDED.updated_at
                RETURNING community_id)
            INSERT INTO incubator.community_residents_history (community_id, year, residents)
            SELECT community_id, $12, $4 FROM profile
            ON CONFLICT (community_id, year) DO UPDATE SET residents = EXCLUDED.residents
            """);
        command.Parameters.Add(new() { Value = communityId });
        command.Parameters.Add(new() { Value = subdistrictId });
        command.Parameters.Add(new() { Value = districtId });
        command.Parameters.Add(new() { Value = profile.Residents });
        command.Parameters.Add(new() { Value = profile.Households });
        command.Parameters.Add(new() { Value = profile.Elderly });
        command.Parameters.Add(new() { Value = profile.Children });
        command.Parameters.Add(new() { Value = profile.Disabled });
        command.Parameters.Add(new() { Value = profile.HardshipFamilies });
        command.Parameters.Add(new() { Value = profile.HasSpace });
        command.Parameters.Add(new() { Value = at.UtcDateTime });
        command.Parameters.Add(new() { Value = year });
        await command.ExecuteNonQueryAsync();
    }

    public async Task UpsertStationingAsync(StationingRecord stationing)
    {
        await using var command = _db.CreateCommand("""
            INSERT INTO incubator.stationings (stationing_id, organization_id, community_id, starts_on, ends_on, space_id, ended_on, end_reason)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            ON CONFLICT (stationing_id) DO UPDATE SET
                ends_on = EXCLUDED.ends_on, space_id = EXCLUDED.space_id, ended_on = EXCLUDED.ended_on, end_reason = EXCLUDED.end_reason
            """);
        command.Parameters.Add(new() { Value = stationing.Id });
        command.Parameters.Add(new() { Value = stationing.OrganizationId });
        command.Parameters.Add(new() { Value = stationing.CommunityId });
        command.Parameters.Add(new() { Value = stationing.StartsOn });
        command.Parameters.Add(new() { Value = stationing.EndsOn });
        command.Parameters.Add(new() { Value = (object?)stationing.SpaceId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = (object?)stationing.EndedOn ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date });
        command.Parameters.Add(new() { Value = (object?)stationing.EndReason ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync();
    }

    public async Task UpsertStationAsync(StationRecord station)
    {
        await using var command = _db.CreateCommand("""
            INSERT INTO incubator.stations (station_id, name, district_id, community_ids, operator_organization_id, staff_social_worker_ids, retired)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (station_id) DO UPDATE SET
                name = EXCLUDED.name, district_id = EXCLUDED.district_id, community_ids = EXCLUDED.community_ids,
                operator_organization_id = EXCLUDED.operator_organization_id,
                staff_social_worker_ids = EXCLUDED.staff_social_worker_ids, retired = EXCLUDED.retired
            """);
        command.Parameters.Add(new() { Value = station.Id });
        command.Parameters.Add(new() { Value = station.Name });
        command.Parameters.Add(new() { Value = station.DistrictId });
        command.Parameters.Add(new() { Value = station.CommunityIds.ToArray() });
        command.Parameters.Add(new() { Value = (object?)station.OperatorOrganizationId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = station.StaffSocialWorkerIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = station.Retired });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<Guid>> StationsServingAsync(IReadOnlyList<Guid> communityIds)
    {
        await using var command = _db.CreateCommand("""
            SELECT station_id FROM incubator.stations WHERE community_ids && $1 ORDER BY name, station_id
            """);
        command.Parameters.Add(new() { Value = communityIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    /// <summary>Everything coverage counts about these communities, in one batch.</summary>
    public async Task<CoverageInputs> CoverageInputsAsync(IReadOnlyList<Guid> communityIds, DateOnly today, string timeZoneId)
    {
        var ids = communityIds.ToArray();
        await using var batch = _db.CreateBatch();
        batch.BatchCommands.Add(new("""
            SELECT community_id, residents, has_space FROM incubator.community_profiles WHERE community_id = ANY($1)
            """) { Parameters = { Uuids(ids) } });
        batch.BatchCommands.Add(new("""
            SELECT station_id, community_ids FROM incubator.stations WHERE NOT retired AND community_ids && $1
            """) { Parameters = { Uuids(ids) } });
        batch.BatchCommands.Add(new("""
            SELECT community_id, count(*)::int FROM incubator.stationings
            WHERE ended_on IS NULL AND community_id = ANY($1) GROUP BY community_id
            """) { Parameters = { Uuids(ids) } });
        batch.BatchCommands.Add(new("""
            SELECT social_worker_id, district_id, community_ids, certified_on, left_on FROM incubator.social_workers
            WHERE certified_on IS NOT NULL
            """));
        // Decided: matched, or due and still unmatched; matched in time: before the end of its due date, a date of the
        // community's, so in the area's zone.
        batch.BatchCommands.Add(new("""
            SELECT community_id,
                   count(*) FILTER (WHERE status = 0)::int,
                   min(posted_at) FILTER (WHERE status = 0),
                   count(*) FILTER (WHERE matched_at IS NOT NULL AND matched_at < ((due_on + 1)::timestamp AT TIME ZONE $3))::int,
                   count(*) FILTER (WHERE matched_at IS NOT NULL OR due_on < $2)::int
            FROM incubator.needs WHERE community_id = ANY($1) GROUP BY community_id
            """) { Parameters = { Uuids(ids), new() { Value = today }, new() { Value = timeZoneId } } });

        var profiles = new Dictionary<Guid, (int Residents, bool HasSpace)>();
        var stations = new List<(Guid Id, Guid[] Communities)>();
        var stationed = new Dictionary<Guid, int>();
        var workers = new List<CertifiedWorker>();
        var needs = new Dictionary<Guid, NeedCounts>();
        await using var reader = await batch.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            profiles[reader.GetGuid(0)] = (reader.GetInt32(1), reader.GetBoolean(2));
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            stations.Add((reader.GetGuid(0), reader.GetFieldValue<Guid[]>(1)));
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            stationed[reader.GetGuid(0)] = reader.GetInt32(1);
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            workers.Add(new CertifiedWorker(
                reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.IsDBNull(2) ? [] : reader.GetFieldValue<Guid[]>(2),
                reader.GetFieldValue<DateOnly>(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)));
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            needs[reader.GetGuid(0)] = new NeedCounts(
                reader.GetInt32(1), reader.IsDBNull(2) ? null : new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero), reader.GetInt32(3), reader.GetInt32(4));
        }

        return new CoverageInputs(profiles, stations, stationed, workers, needs);
    }

    /// <summary>Residents per community and year (as last recorded that year), and the certified social workers, for ratios by year.</summary>
    public async Task<(IReadOnlyList<(Guid Community, int Year, int Residents)> Residents, IReadOnlyList<CertifiedWorker> Workers)> RatioInputsAsync(IReadOnlyList<Guid> communityIds)
    {
        await using var batch = _db.CreateBatch();
        batch.BatchCommands.Add(new("""
            SELECT community_id, year, residents FROM incubator.community_residents_history WHERE community_id = ANY($1) ORDER BY community_id, year
            """) { Parameters = { Uuids(communityIds.ToArray()) } });
        batch.BatchCommands.Add(new("""
            SELECT social_worker_id, district_id, community_ids, certified_on, left_on FROM incubator.social_workers WHERE certified_on IS NOT NULL
            """));
        var residents = new List<(Guid, int, int)>();
        var workers = new List<CertifiedWorker>();
        await using var reader = await batch.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            residents.Add((reader.GetGuid(0), reader.GetInt32(1), reader.GetInt32(2)));
        }

        await reader.NextResultAsync();
        while (await reader.ReadAsync())
        {
            workers.Add(new CertifiedWorker(
                reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.IsDBNull(2) ? [] : reader.GetFieldValue<Guid[]>(2),
                reader.GetFieldValue<DateOnly>(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4)));
        }

        return (residents, workers);
    }

    private static NpgsqlParameter Uuids(Guid[] ids) => new() { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid };
}

/// <summary>A social worker with a certificate, as the coverage rules need him (incubator.social_workers).</summary>
public sealed record class CertifiedWorker(Guid Id, Guid? DistrictId, IReadOnlyList<Guid> CommunityIds, DateOnly CertifiedOn, DateOnly? LeftOn)
{
    /// <summary>Certified on <paramref name="day"/>: certified by then and not left by then (the contract's "certified in year Y" at Dec 31).</summary>
    public bool CertifiedOnDay(DateOnly day) => CertifiedOn <= day && (LeftOn is not { } left || left > day);
}

/// <summary>A community's needs, counted: open ones, the oldest open one's posting, matched by their due date, and decided (matched or due).</summary>
public sealed record class NeedCounts(int Open, DateTimeOffset? OldestOpenPostedAt, int MatchedBeforeDue, int Decided);

/// <summary>The rows coverage is computed from.</summary>
public sealed record class CoverageInputs(
    IReadOnlyDictionary<Guid, (int Residents, bool HasSpace)> Profiles,
    IReadOnlyList<(Guid Id, Guid[] Communities)> Stations,
    IReadOnlyDictionary<Guid, int> Stationed,
    IReadOnlyList<CertifiedWorker> Workers,
    IReadOnlyDictionary<Guid, NeedCounts> Needs);
