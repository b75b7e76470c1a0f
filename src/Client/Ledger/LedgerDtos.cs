using Incubator.Ledger;

namespace Incubator.Client.Ledger;

public sealed record class SupportLedgerDto(IReadOnlyList<LedgerEntryDto> Entries, IReadOnlyList<LedgerYearDto> Years, decimal Total)
{
    private sealed class Mapping : DtoMap<SupportLedger, SupportLedgerDto>;
}

public sealed record class LedgerEntryDto(DateOnly On, SupportKind Kind, string Description, decimal Quantity, decimal Value, Guid? BudgetAreaId, int? BudgetYear)
{
    private sealed class Mapping : DtoMap<LedgerEntry, LedgerEntryDto>;
}

public sealed record class LedgerYearDto(int Year, IReadOnlyDictionary<SupportKind, decimal> ValueByKind, decimal Total, decimal FromBudgets)
{
    private sealed class Mapping : DtoMap<LedgerYear, LedgerYearDto>;
}
