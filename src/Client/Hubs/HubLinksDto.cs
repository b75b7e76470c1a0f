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

/// <summary>Whether the organization is a hub, whom it supports and which hubs support it; links are flat, so no DTO contains an organization.</summary>
public sealed record class HubLinksDto(Guid OrganizationId, bool IsHub, IReadOnlyList<HubLinkDto> Supported, IReadOnlyList<HubLinkDto> Hubs)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<HubLinks, HubLinksDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
