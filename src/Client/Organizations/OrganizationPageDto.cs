using Incubator.Organizations;

namespace Incubator.Client.Organizations;

/// <summary>
/// A page of organizations: the fields of every paged list (items, page, pageSize, totalCount), plus cursors for the
/// neighbouring pages and whether the total is only a lower bound (a search counted up to its limit: show "100+").
/// </summary>
public sealed record class OrganizationPageDto(
    IReadOnlyList<OrganizationSummaryDto> Items,
    int Page,
    int PageSize,
    long TotalCount,
    bool TotalCountIsLowerBound,
    string? Next,
    string? Previous);
