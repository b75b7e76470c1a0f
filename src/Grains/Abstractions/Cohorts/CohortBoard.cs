using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Cohorts;

/// <summary>A cohort's organizations in board columns, with the count (and overdue count) of every column after filtering.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CohortBoard")]
public sealed record class CohortBoard(Guid CohortId, string CohortName, IReadOnlyList<BoardCard> Cards, IReadOnlyList<BoardColumnCount> Columns);

/// <summary>
/// One organization on the board. Overdue: undecided after the intake window closed, or still incubating after its period ended.
/// Tier is that of the incubator the organization is at now.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.BoardCard")]
public sealed record class BoardCard(
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
    bool Overdue);

[GenerateSerializer, Immutable, Alias("Incubator.BoardColumnCount")]
public sealed record class BoardColumnCount(BoardColumn Column, int Count, int OverdueCount);

/// <summary>Narrows a board; a null part does not filter.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.BoardFilter")]
public sealed record class BoardFilter(OrganizationCategory? Category, ServiceDomain? ServiceDomain, AreaLevel? Tier)
{
    public static readonly BoardFilter None = new(null, null, null);

    public bool Matches(BoardCard card) =>
        (Category is not { } category || card.Category == category)
        && (ServiceDomain is not { } domain || card.ServiceDomains.Contains(domain))
        && (Tier is not { } tier || card.Tier == tier);
}
