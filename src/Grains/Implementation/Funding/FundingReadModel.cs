using Incubator.Common;
using Incubator.Geography;
using Incubator.Inbox;
using Npgsql;
using NpgsqlTypes;

namespace Incubator.Funding;

/// <summary>Contracts across all budgets (incubator.funding_contracts): per-organization funding and duplicate-support detection.</summary>
public sealed class FundingReadModel(ReadModelDataSource readModel, InboxReadModel inbox)
{
    private readonly NpgsqlDataSource _db = readModel.DataSource;

    public async Task RecordContractAsync(ContractState contract, string budgetKey, Guid areaId, AreaLevel level, int year)
    {
        await using var command = _db.CreateCommand("""
            INSERT INTO incubator.funding_contracts
                (contract_id, budget_key, area_id, area_level, budget_year, organization_id, organization_name, category, kind, amount, paid, starts_on, ends_on)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            ON CONFLICT (contract_id) DO NOTHING
            """);
        command.Parameters.Add(new() { Value = contract.Id });
        command.Parameters.Add(new() { Value = budgetKey });
        command.Parameters.Add(new() { Value = areaId });
        command.Parameters.Add(new() { Value = (short)level });
        command.Parameters.Add(new() { Value = year });
        command.Parameters.Add(new() { Value = contract.OrganizationId });
        command.Parameters.Add(new() { Value = contract.OrganizationName });
        command.Parameters.Add(new() { Value = (short)contract.Category });
        command.Parameters.Add(new() { Value = (short)contract.Kind });
        command.Parameters.Add(new() { Value = contract.Amount });
        command.Parameters.Add(new() { Value = contract.Paid });
        command.Parameters.Add(new() { Value = contract.StartsOn });
        command.Parameters.Add(new() { Value = contract.EndsOn });
        await command.ExecuteNonQueryAsync();
    }

    public async Task RecordPaymentAsync(Guid contractId, decimal paid)
    {
        await using var command = _db.CreateCommand("UPDATE incubator.funding_contracts SET paid = $2 WHERE contract_id = $1");
        command.Parameters.Add(new() { Value = contractId });
        command.Parameters.Add(new() { Value = paid });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<FundedContract>> ContractsAsync(Guid? organizationId, IReadOnlyList<Guid>? organizationIds = null)
    {
        await using var command = _db.CreateCommand($"""
            SELECT {Columns} FROM incubator.funding_contracts
            WHERE ($1::uuid IS NULL OR organization_id = $1) AND ($2::uuid[] IS NULL OR organization_id = ANY($2))
            ORDER BY starts_on, contract_id
            """);
        command.Parameters.Add(new() { Value = (object?)organizationId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Uuid });
        command.Parameters.Add(new() { Value = (object?)organizationIds?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        return await ReadAsync(command);
    }

    /// <summary>Pairs of contracts that fund one organization for one service category from two tiers in overlapping periods.</summary>
    public async Task<IReadOnlyList<DuplicateSupport>> DuplicatesAsync(IReadOnlyList<Guid>? incubatorIds)
    {
        await using var command = _db.CreateCommand($"""
            SELECT {Prefixed("a")}, {Prefixed("b")}
            FROM incubator.funding_contracts a
            JOIN incubator.funding_contracts b
              ON b.organization_id = a.organization_id AND b.category = a.category
             AND b.area_level <> a.area_level AND a.contract_id < b.contract_id
             AND a.starts_on <= b.ends_on AND b.starts_on <= a.ends_on
            LEFT JOIN incubator.organization_directory d ON d.organization_id = a.organization_id
            WHERE $1::uuid[] IS NULL OR d.incubator_id = ANY($1)
            ORDER BY a.organization_name, a.starts_on
            """);
        command.Parameters.Add(new() { Value = (object?)incubatorIds?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        var pairs = new List<DuplicateSupport>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pairs.Add(new DuplicateSupport(Read(reader, 0), Read(reader, ColumnCount)));
        }

        return pairs;
    }

    /// <summary>
    /// After an award: every overlapping award from another tier is flagged in the inbox of the managers of the incubators
    /// at both funding areas and of the organization's own incubator. Keys are per pair and incubator, so repeats add nothing.
    /// </summary>
    public async Task FlagDuplicatesAsync(ContractState awarded, GeographySnapshot geography, DateTimeOffset now)
    {
        var contracts = await ContractsAsync(awarded.OrganizationId);
        var mine = contracts.Single(c => c.ContractId == awarded.Id);
        var others = contracts.Where(c => c.ContractId != awarded.Id && c.Category == mine.Category && c.AreaLevel != mine.AreaLevel
            && c.StartsOn <= mine.EndsOn && mine.StartsOn <= c.EndsOn).ToArray();
        if (others.Length == 0)
        {
            return;
        }

        var home = await OrganizationIncubatorAsync(awarded.OrganizationId);
        foreach (var other in others)
        {
            var pair = awarded.Id.CompareTo(other.ContractId) < 0 ? $"{awarded.Id:N}:{other.ContractId:N}" : $"{other.ContractId:N}:{awarded.Id:N}";
            var incubators = geography.Incubators.Where(i => i.AreaId == mine.AreaId || i.AreaId == other.AreaId).Select(i => i.Id)
                .Concat(home is { } h ? [h] : []).Distinct();
            foreach (var incubatorId in incubators)
            {
                await inbox.OpenAsync(new InboxItem(
                    $"{InboxKind.DuplicateSupport}:{pair}:{incubatorId:N}", incubatorId, InboxAudience.Manager, InboxKind.DuplicateSupport,
                    awarded.OrganizationId, awarded.OrganizationName, null, now));
            }
        }
    }

    private const int ColumnCount = 12;

    private const string Columns =
        "contract_id, area_id, area_level, budget_year, organization_id, organization_name, category, kind, amount, paid, starts_on, ends_on";

    private static string Prefixed(string alias) => string.Join(", ", Columns.Split(", ").Select(c => $"{alias}.{c}"));

    private async Task<Guid?> OrganizationIncubatorAsync(Guid organizationId)
    {
        await using var command = _db.CreateCommand("SELECT incubator_id FROM incubator.organization_directory WHERE organization_id = $1");
        command.Parameters.Add(new() { Value = organizationId });
        return await command.ExecuteScalarAsync() as Guid?;
    }

    private static async Task<IReadOnlyList<FundedContract>> ReadAsync(NpgsqlCommand command)
    {
        var contracts = new List<FundedContract>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            contracts.Add(Read(reader, 0));
        }

        return contracts;
    }

    private static FundedContract Read(NpgsqlDataReader reader, int offset) => new(
        reader.GetGuid(offset),
        reader.GetGuid(offset + 1),
        (AreaLevel)reader.GetInt16(offset + 2),
        reader.GetInt32(offset + 3),
        reader.GetGuid(offset + 4),
        reader.GetString(offset + 5),
        (ServiceCategory)reader.GetInt16(offset + 6),
        (ContractKind)reader.GetInt16(offset + 7),
        reader.GetDecimal(offset + 8),
        reader.GetDecimal(offset + 9),
        reader.GetFieldValue<DateOnly>(offset + 10),
        reader.GetFieldValue<DateOnly>(offset + 11));
}
