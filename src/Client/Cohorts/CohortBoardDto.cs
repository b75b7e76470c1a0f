using Incubator.Cohorts;
using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Cohorts;

public sealed record class CohortBoardDto(Guid CohortId, string CohortName, IReadOnlyList<BoardCardDto> Cards, IReadOnlyList<BoardColumnCountDto> Columns)
{
    private sealed class Mapping : DtoMap<CohortBoard, CohortBoardDto>;
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
    private sealed class Mapping : DtoMap<BoardCard, BoardCardDto>;
}

public sealed record class BoardColumnCountDto(BoardColumn Column, int Count, int OverdueCount)
{
    private sealed class Mapping : DtoMap<BoardColumnCount, BoardColumnCountDto>;
}
