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
using Incubator.Client.SupportPlans;
using Incubator.Client.Venues;
using AutoMapper;
using Incubator.Training;

namespace Incubator.Client.Training;

public sealed record class CourseDto(
    Guid Id,
    Guid IncubatorId,
    string Title,
    string Topic,
    string Description,
    decimal HoursPerSession,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    int SessionCount)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<CourseRecord, CourseDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
