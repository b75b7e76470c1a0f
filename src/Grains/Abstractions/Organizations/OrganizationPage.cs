namespace Incubator.Organizations;

/// <summary>
/// One page of organizations. <see cref="Next"/> and <see cref="Previous"/> are cursors for the neighbouring pages (null
/// at either end). The total is exact for a list without search text; with search text it is counted up to
/// <see cref="OrganizationQuery.CountLimit"/>, and <see cref="TotalCountIsLowerBound"/> says there are more.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.OrganizationPage")]
public sealed record class OrganizationPage(
    IReadOnlyList<OrganizationSummary> Items,
    int PageNumber,
    int PageSize,
    long TotalCount,
    bool TotalCountIsLowerBound,
    string? Next,
    string? Previous);
