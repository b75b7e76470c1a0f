using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.Graduation;
using Incubator.Client.HandOffs;
using Incubator.Client.Hubs;
using Incubator.Client.Inbox;
using Incubator.Client.Infrastructure;
using Incubator.Client.Organizations;
using Incubator.Client.Party;
using Incubator.Client.SupportPlans;
using Incubator.Client.Training;
using Incubator.Client.Venues;
using AutoMapper;
using Incubator.Ledger;

namespace Incubator.Client.Ledger;

public sealed record class SupportLedgerDto(IReadOnlyList<LedgerEntryDto> Entries, IReadOnlyList<LedgerYearDto> Years, decimal Total)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SupportLedger, SupportLedgerDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class LedgerEntryDto(DateOnly On, SupportKind Kind, string Description, decimal Quantity, decimal Value, Guid? BudgetAreaId, int? BudgetYear)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<LedgerEntry, LedgerEntryDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class LedgerYearDto(int Year, IReadOnlyDictionary<SupportKind, decimal> ValueByKind, decimal Total, decimal FromBudgets)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<LedgerYear, LedgerYearDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
