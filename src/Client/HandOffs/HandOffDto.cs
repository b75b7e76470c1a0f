using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.Graduation;
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
using Incubator.HandOffs;

namespace Incubator.Client.HandOffs;

public sealed record class HandOffDto(HandOffKind Kind, Guid FromIncubatorId, Guid ToIncubatorId, string Note, DateTimeOffset RequestedAt, string RequestedBy)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<HandOff, HandOffDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class IncubatorTenureDto(Guid IncubatorId, DateTimeOffset From, DateTimeOffset? To)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<IncubatorTenure, IncubatorTenureDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
