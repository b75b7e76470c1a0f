using Incubator.Common;
using Incubator.Communities;
using Incubator.Organizations;
using Npgsql;
using NpgsqlTypes;

namespace Incubator.Services;

/// <summary>The service list in PostgreSQL (incubator.service_offerings, 0026) and the evidence behind an offer (incubator.engagements).</summary>
public sealed class ServicesReadModel(ReadModelDataSource readModel)
{
    private readonly NpgsqlDataSource _db = readModel.DataSource;

    public async Task UpsertAsync(ServiceOfferingRecord offering)
    {
        await using var command = _db.CreateCommand("""
            INSERT INTO incubator.service_offerings (organization_id, organization_name, district_id, domains, target_groups, area_ids,
                monthly_capacity, priced, price_note, description, updated_by, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            ON CONFLICT (organization_id) DO UPDATE SET organization_name = EXCLUDED.organization_name, district_id = EXCLUDED.district_id,
                domains = EXCLUDED.domains, target_groups = EXCLUDED.target_groups, area_ids = EXCLUDED.area_ids,
                monthly_capacity = EXCLUDED.monthly_capacity, priced = EXCLUDED.priced, price_note = EXCLUDED.price_note,
                description = EXCLUDED.description, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
            """);
        command.Parameters.Add(new() { Value = offering.OrganizationId });
        command.Parameters.Add(new() { Value = offering.OrganizationName });
        command.Parameters.Add(new() { Value = offering.DistrictId });
        command.Parameters.Add(new() { Value = offering.Domains.Select(d => (int)d).ToArray() });
        command.Parameters.Add(new() { Value = offering.TargetGroups.Select(g => (int)g).ToArray() });
        command.Parameters.Add(new() { Value = offering.AreaIds.ToArray() });
        command.Parameters.Add(new() { Value = offering.MonthlyCapacity });
        command.Parameters.Add(new() { Value = offering.Priced });
        command.Parameters.Add(new() { Value = (object?)offering.PriceNote ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)offering.Description ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = offering.UpdatedBy });
        command.Parameters.Add(new() { Value = offering.UpdatedAt.UtcDateTime });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<ServiceOfferingRecord>> OfferingsAsync(IReadOnlyList<Guid>? areaIds, int limit)
    {
        await using var command = _db.CreateCommand("""
            SELECT organization_id, organization_name, district_id, domains, target_groups, area_ids, monthly_capacity, priced, price_note,
                   description, updated_by, updated_at
            FROM incubator.service_offerings
            WHERE $1::uuid[] IS NULL OR area_ids && $1
            ORDER BY organization_name, organization_id
            LIMIT $2
            """);
        command.Parameters.Add(new() { Value = (object?)areaIds?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = Math.Clamp(limit, 1, 500) });
        var rows = new List<ServiceOfferingRecord>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new ServiceOfferingRecord(
                reader.GetGuid(0), reader.GetString(1), reader.GetGuid(2),
                reader.GetFieldValue<int[]>(3).Select(d => (ServiceDomain)d).ToArray(),
                reader.GetFieldValue<int[]>(4).Select(g => (TargetGroup)g).ToArray(),
                reader.GetFieldValue<Guid[]>(5), reader.GetInt32(6), reader.GetBoolean(7),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetString(10), new DateTimeOffset(reader.GetDateTime(11), TimeSpan.Zero)));
        }

        return rows;
    }

    public async Task<IReadOnlyList<EngagementEvidence>> EvidenceAsync(Guid organizationId)
    {
        await using var command = _db.CreateCommand("""
            SELECT engagement_id, need_id, need_title, community_id, starts_on, ends_on, hours_logged, residents_served, feedback_score
            FROM incubator.engagements
            WHERE organization_id = $1 AND status = 1
            ORDER BY ends_on DESC, engagement_id
            LIMIT 50
            """);
        command.Parameters.Add(new() { Value = organizationId });
        var rows = new List<EngagementEvidence>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new EngagementEvidence(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), reader.GetGuid(3),
                reader.GetFieldValue<DateOnly>(4), reader.GetFieldValue<DateOnly>(5), reader.GetDecimal(6), reader.GetInt32(7),
                reader.IsDBNull(8) ? null : reader.GetInt16(8)));
        }

        return rows;
    }
}
