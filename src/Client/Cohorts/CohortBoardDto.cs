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
using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Cohorts;

public sealed record class CohortBoardDto(Guid CohortId, string CohortName, IReadOnlyList<BoardCardDto> Cards, IReadOnlyList<BoardColumnCountDto> Columns)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<CohortBoard, CohortBoardDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class BoardCardDto(
    Guid OrganizationId,
    string Name,
    OrganizationCategory Category,
    IReadOnlyList<ServiceDomain> ServiceDomains,
    AreaLevel? Tier,
    BoardColumn Column,
    ApplicationStatus Status,
    OrganizationStage Stage,
    int Total,
    DateTimeOffset? IncubationEndsAt,
    bool Overdue)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<BoardCard, BoardCardDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class BoardColumnCountDto(BoardColumn Column, int Count, int OverdueCount)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<BoardColumnCount, BoardColumnCountDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
