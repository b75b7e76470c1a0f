using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.Graduation;
using Incubator.Client.HandOffs;
using Incubator.Client.Inbox;
using Incubator.Client.Infrastructure;
using Incubator.Client.Ledger;
using Incubator.Client.Organizations;
using Incubator.Client.Party;
using Incubator.Client.SupportPlans;
using Incubator.Client.Training;
using Incubator.Client.Venues;
using AutoMapper;
using Incubator.Hubs;

namespace Incubator.Client.Hubs;

/// <summary>The organization at the other end of a hub link: its id and name, not the organization itself.</summary>
public sealed record class HubLinkDto(Guid OrganizationId, string OrganizationName, DateTimeOffset LinkedAt)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<HubLink, HubLinkDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
