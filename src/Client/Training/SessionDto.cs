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

public sealed record class SessionDto(
    Guid Id,
    Guid CourseId,
    Guid IncubatorId,
    string CourseTitle,
    string Topic,
    decimal Hours,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Venue,
    string Trainer,
    int Capacity,
    int SeatsTaken,
    int WaitlistCount,
    DateTimeOffset ScheduledAt,
    string ScheduledBy)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<SessionRecord, SessionDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
