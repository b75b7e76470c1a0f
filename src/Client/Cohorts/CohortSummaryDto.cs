using Incubator.Client.Bookings;
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
using Incubator.Client.Training;
using Incubator.Client.Venues;
using AutoMapper;
using Incubator.Cohorts;

namespace Incubator.Client.Cohorts;

public sealed record class CohortSummaryDto(
    Guid Id,
    Guid IncubatorId,
    string Name,
    DateOnly IntakeOpensOn,
    DateOnly IntakeClosesOn,
    int Capacity,
    int IncubationMonths,
    int PlacesTaken,
    int ApplicationCount,
    int WaitlistCount)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<CohortSummary, CohortSummaryDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
