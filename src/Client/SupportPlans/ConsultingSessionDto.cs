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
using Incubator.Client.Organizations;
using Incubator.Client.Party;
using Incubator.Client.Training;
using Incubator.Client.Venues;
using AutoMapper;
using Incubator.SupportPlans;

namespace Incubator.Client.SupportPlans;

public sealed record class ConsultingSessionDto(Guid Id, DateOnly On, decimal Hours, string Consultant, string Topic, string RecordedBy)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ConsultingSession, ConsultingSessionDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
