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
using Incubator.Organizations;

namespace Incubator.Client.Inbox;

public sealed record class ReviewTaskDto(Guid OrganizationId, Guid IncubatorId, string OrganizationName, DateTimeOffset DueAt, DateTimeOffset OpenedAt)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ReviewTask, ReviewTaskDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
