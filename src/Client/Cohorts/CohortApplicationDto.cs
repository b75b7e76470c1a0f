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
using Incubator.Organizations;

namespace Incubator.Client.Cohorts;

public sealed record class CohortApplicationDto(
    Guid CohortId,
    Guid OrganizationId,
    string OrganizationName,
    OrganizationCategory Category,
    IReadOnlyList<ServiceDomain> ServiceDomains,
    string Mission,
    int FormalMembers,
    string ServicesDelivered,
    string Needs,
    DateTimeOffset SubmittedAt,
    string SubmittedBy,
    IReadOnlyList<CriterionScoreDto> Scores,
    int CriteriaTotal,
    int FavouredBonus,
    int Total,
    ApplicationStatus Status,
    string? DecisionReason,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    int? WaitlistPosition)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<CohortApplication, CohortApplicationDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class CriterionScoreDto(string Criterion, int Score)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<CriterionScore, CriterionScoreDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
