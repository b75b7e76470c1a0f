using Incubator.Client.Funding;
using Incubator.Client.Venues;
using Incubator.Funding;
using Incubator.Geography;
using Incubator.Indexes;
using Incubator.Organizations;
using Incubator.SocialWorkers;
using Incubator.Venues;

namespace Incubator.Client.SocialWorkers;

/// <summary>
/// The resources list (资源清单, docs/domain.md §10's third list) and idle resources (资源闲置, §1): social workers and stations
/// with skills, certification and hours left, spaces with free capacity, budgets with money left, of an area the user may
/// see. For staff and leaders; a social worker or an organization is refused (403).
/// </summary>
public sealed class ResourceService(IClusterClient cluster, ScopeService scopes, IMapper mapper, TimeProvider time)
{
    /// <summary>How far ahead free space is counted.</summary>
    public const int FreeSpaceWindowDays = 28;

    public async Task<PageDto<SocialWorkerSummaryDto>> SocialWorkersAsync(
        ClaimsPrincipal user, Guid? districtId, Guid? subdistrictId, Guid? communityId, ServiceDomain? skill, int page, int pageSize)
    {
        var area = await FilterAsync(user, districtId, subdistrictId, communityId);
        var found = await Directory.ListAsync(new SocialWorkerQuery(area.Districts, area.Communities, skill, null, ActiveOnly: true, IdleOnly: false,
            area.Today(time), page, pageSize));
        return mapper.MapPage<SocialWorkerSummary, SocialWorkerSummaryDto>(found);
    }

    public async Task<PageDto<StationResourceDto>> StationsAsync(
        ClaimsPrincipal user, Guid? districtId, Guid? subdistrictId, Guid? communityId, ServiceDomain? skill, int page, int pageSize)
    {
        Paging.Validate(page, pageSize);
        var area = await FilterAsync(user, districtId, subdistrictId, communityId);
        var stations = await Directory.StationsAsync(area.Districts, area.Communities, skill, area.Today(time));
        return Paging.Of(mapper.Map<IReadOnlyList<StationResourceDto>>(stations), page, pageSize);
    }

    /// <summary>Spaces of the area's incubators with hours free over the coming four weeks, most free first.</summary>
    public async Task<PageDto<SpaceResourceDto>> SpacesAsync(
        ClaimsPrincipal user, Guid? districtId, Guid? subdistrictId, Guid? communityId, int page, int pageSize)
    {
        Paging.Validate(page, pageSize);
        var area = await FilterAsync(user, districtId, subdistrictId, communityId);
        var from = area.Today(time);
        var to = from.AddDays(FreeSpaceWindowDays);
        var rows = new List<SpaceResourceDto>();
        foreach (var (space, incubator) in await SpacesInAsync(area))
        {
            var usage = await cluster.GetGrain<ISpaceGrain>(space.Id).GetUsageAsync(from, to);
            var free = Math.Max(0, usage.OpenHours - usage.BookedHours);
            if (free > 0)
            {
                rows.Add(new SpaceResourceDto(mapper.Map<SpaceDto>(space), incubator.AreaId, from, to, usage.OpenHours, usage.BookedHours, free));
            }
        }

        return Paging.Of(rows.OrderByDescending(r => r.FreeHours).ThenBy(r => r.Space.Name, StringComparer.Ordinal).ToArray(), page, pageSize);
    }

    /// <summary>This year's budgets of the area's districts, subdistricts and communities with money not yet awarded; only for those who may read budgets.</summary>
    public async Task<PageDto<BudgetResourceDto>> BudgetsAsync(
        ClaimsPrincipal user, Guid? districtId, Guid? subdistrictId, Guid? communityId, int page, int pageSize)
    {
        Paging.Validate(page, pageSize);
        var scope = await scopes.ForAsync(user);
        var area = await FilterAsync(user, districtId, subdistrictId, communityId);
        var year = area.Today(time).Year;
        var areas = area.Areas.Where(a => scope.CanReadBudgetsOf(a.Id)).ToArray();
        var budgets = await Task.WhenAll(areas.Select(a => cluster.GetGrain<IBudgetGrain>(IBudgetGrain.KeyFor(a.Id, year)).GetAsync()));
        var rows = areas.Zip(budgets)
            .Where(p => p.Second.Available > 0 && !p.Second.Closed)
            .Select(p => new BudgetResourceDto(p.First.Id, p.First.Name, p.First.Level, year, p.Second.Total, p.Second.Awarded, p.Second.Available,
                mapper.Map<IReadOnlyList<ServiceProjectDto>>(p.Second.Projects)))
            .OrderBy(r => r.Level).ThenByDescending(r => r.Available).ThenBy(r => r.AreaName, StringComparer.Ordinal)
            .ToArray();
        return Paging.Of(rows, page, pageSize);
    }

    /// <summary>Social workers without an assignment (a page) and idle spaces while a community of the same subdistrict lacks space.</summary>
    public async Task<IdleResourcesDto> IdleAsync(
        ClaimsPrincipal user, Guid? districtId, Guid? subdistrictId, Guid? communityId, ServiceDomain? skill, int page, int pageSize)
    {
        var area = await FilterAsync(user, districtId, subdistrictId, communityId);
        var today = area.Today(time);
        var idleWorkers = await Directory.ListAsync(new SocialWorkerQuery(area.Districts, area.Communities, skill, null, ActiveOnly: true, IdleOnly: true,
            today, page, pageSize));
        var geography = area.Geography;
        var from = today.AddDays(-VenueService.IdleWindowDays);
        var spaces = new List<IdleSpaceNearDto>();
        var lacking = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var (space, incubator) in await SpacesInAsync(area))
        {
            if (SubdistrictOf(geography, incubator.AreaId) is not { } subdistrict)
            {
                continue;
            }

            if (!lacking.TryGetValue(subdistrict, out var without))
            {
                var communities = geography.Areas.Where(a => a.ParentId == subdistrict && a.Level == AreaLevel.Community).Select(a => a.Id).ToArray();
                without = lacking[subdistrict] = await Directory.CommunitiesWithoutSpaceAsync(communities);
            }

            if (without.Count == 0)
            {
                continue;
            }

            var usage = await cluster.GetGrain<ISpaceGrain>(space.Id).GetUsageAsync(from, today);
            if (usage.BookedRatio < VenueService.DefaultIdleThreshold)
            {
                spaces.Add(new IdleSpaceNearDto(mapper.Map<SpaceDto>(space), usage.BookedRatio, subdistrict, without));
            }
        }

        return new IdleResourcesDto(mapper.MapPage<SocialWorkerSummary, SocialWorkerSummaryDto>(idleWorkers), from, today,
            VenueService.DefaultIdleThreshold, spaces.OrderBy(s => s.BookedRatio).ToArray());
    }

    private ISocialWorkerDirectoryGrain Directory => cluster.GetGrain<ISocialWorkerDirectoryGrain>(0);

    private async Task<AreaFilter> FilterAsync(ClaimsPrincipal user, Guid? districtId, Guid? subdistrictId, Guid? communityId)
    {
        var scope = await scopes.ForAsync(user);
        UserScope.Require(scope.SocialWorkerDistricts is not { Count: 0 }, ErrorCodes.StaffOnly, ErrorArg.Phrase("what", "resources"));
        return AreaFilter.Resolve(scope, districtId, subdistrictId, communityId);
    }

    /// <summary>The spaces of the incubators whose area lies in the filter.</summary>
    private async Task<IReadOnlyList<(SpaceRecord Space, IncubatorRecord Incubator)>> SpacesInAsync(AreaFilter area)
    {
        var areaIds = area.Areas.Select(a => a.Id).ToHashSet();
        var incubators = area.Geography.Incubators.Where(i => areaIds.Contains(i.AreaId)).ToArray();
        var lists = await Task.WhenAll(incubators.Select(i => cluster.Index<SpaceRecord>(i.Id).ListAsync()));
        return incubators.Zip(lists).SelectMany(p => p.Second.Select(s => (s, p.First))).ToArray();
    }

    /// <summary>The subdistrict an incubator's area is or lies in; null for a district's own park.</summary>
    private static Guid? SubdistrictOf(GeographySnapshot geography, Guid areaId) => geography.FindArea(areaId) switch
    {
        { Level: AreaLevel.Subdistrict } subdistrict => subdistrict.Id,
        { Level: AreaLevel.Community, ParentId: { } parent } => parent,
        _ => null,
    };
}
