using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.HandOffs;
using Incubator.Client.Hubs;
using Incubator.Client.Inbox;
using Incubator.Client.Infrastructure;
using Incubator.Client.Ledger;
using Incubator.Client.Organizations;
using Incubator.Client.Party;
using Incubator.Client.SupportPlans;
using Incubator.Client.Training;
using Incubator.Client.Venues;
using AutoMapper;
using Incubator.Graduation;

namespace Incubator.Client.Graduation;

public sealed record class GateItemDto(ReviewItem Item, bool Met, bool Computed, string Note)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<GateItem, GateItemDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
