using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.Graduation;
using Incubator.Client.HandOffs;
using Incubator.Client.Hubs;
using Incubator.Client.Inbox;
using Incubator.Client.Infrastructure;
using Incubator.Client.Ledger;
using Incubator.Client.Party;
using Incubator.Client.SupportPlans;
using Incubator.Client.Training;
using Incubator.Client.Venues;
using AutoMapper;
using Incubator.Organizations;

namespace Incubator.Client.Organizations;

public sealed record class OrganizationSummaryDto(
    Guid Id,
    Guid IncubatorId,
    string Name,
    string? CreditCode,
    string FilingNumber,
    OrganizationCategory Category,
    OrganizationStage Stage,
    DateTimeOffset FiledAt)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<OrganizationSummary, OrganizationSummaryDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
