using Incubator.Client.Funding;
using Incubator.Client.Venues;
using Incubator.Geography;

namespace Incubator.Client.SocialWorkers;

/// <summary>A space with its free capacity over the coming weeks (From inclusive, To exclusive): open hours not booked.</summary>
public sealed record class SpaceResourceDto(SpaceDto Space, Guid AreaId, DateOnly From, DateOnly To, double OpenHours, double BookedHours, double FreeHours);

/// <summary>An area's budget of this year with money not yet awarded, and the service projects it funds.</summary>
public sealed record class BudgetResourceDto(Guid AreaId, string AreaName, AreaLevel Level, int Year, decimal Total, decimal Awarded, decimal Available,
    IReadOnlyList<ServiceProjectDto> Projects);

/// <summary>
/// A space booked below the idle threshold over the last four weeks while communities of its own subdistrict have no space
/// (场所限制): lending it would put an idle resource to use.
/// </summary>
public sealed record class IdleSpaceNearDto(SpaceDto Space, double BookedRatio, Guid SubdistrictId, IReadOnlyList<Guid> CommunitiesWithoutSpace);

/// <summary>Idle resources (资源闲置) of an area: social workers without an assignment, and idle spaces near communities without space.</summary>
public sealed record class IdleResourcesDto(PageDto<SocialWorkerSummaryDto> SocialWorkers, DateOnly From, DateOnly To, double Threshold, IReadOnlyList<IdleSpaceNearDto> Spaces);
