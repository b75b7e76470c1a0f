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

public sealed record class MilestoneDto(
    Guid Id,
    SupportTrack Track,
    string Title,
    string OwnerName,
    string? OwnerUserId,
    DateOnly DueDate,
    MilestoneStatus Status,
    string? Note,
    DateTimeOffset UpdatedAt,
    bool IsOverdue)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<Milestone, MilestoneDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
