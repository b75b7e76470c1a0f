using Incubator.Client.Bookings;
using Incubator.Client.Cohorts;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.Graduation;
using Incubator.Client.HandOffs;
using Incubator.Client.Hubs;
using Incubator.Client.Infrastructure;
using Incubator.Client.Ledger;
using Incubator.Client.Organizations;
using Incubator.Client.Party;
using Incubator.Client.SupportPlans;
using Incubator.Client.Training;
using Incubator.Client.Venues;
using AutoMapper;
using Incubator.Inbox;

namespace Incubator.Client.Inbox;

public sealed record class InboxItemDto(
    string Key,
    Guid IncubatorId,
    InboxAudience Audience,
    InboxKind Kind,
    Guid OrganizationId,
    string OrganizationName,
    DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<InboxItem, InboxItemDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
