using Incubator.Geography;

namespace Incubator.Communities;

/// <summary>
/// How coverage and the ratio per 10,000 residents are counted (docs/domain.md §7). A social worker counts for a community
/// he serves, for a subdistrict when he serves one of its communities, for a district when he belongs to it or serves one of
/// its communities, and once for the region; an area's residents are the sum of its communities'.
/// </summary>
public static class CoverageRules
{
    public static CoverageReport Report(GeographySnapshot geography, Guid? areaId, DateOnly today, DateTimeOffset now, CoverageInputs inputs)
    {
        var children = Children(geography, areaId);
        var total = Row(geography, areaId, today, now, inputs);
        return new CoverageReport(total, children.Select(c => Row(geography, c.Id, today, now, inputs)).ToArray());
    }

    /// <summary>The areas one level down: the districts for the region, none for a community.</summary>
    public static IReadOnlyList<AreaRecord> Children(GeographySnapshot geography, Guid? areaId) =>
        geography.Areas
            .Where(a => !a.Retired && (areaId is { } id ? a.ParentId == id : a.ParentId is null))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToArray();

    public static CoverageRow Row(GeographySnapshot geography, Guid? areaId, DateOnly today, DateTimeOffset now, CoverageInputs inputs)
    {
        var area = areaId is { } id ? geography.FindArea(id) : null;
        var communities = geography.CommunitiesWithin(areaId).Where(c => !c.Retired).Select(c => c.Id).ToHashSet();
        var residents = communities.Sum(c => inputs.Profiles.TryGetValue(c, out var p) ? p.Residents : 0);
        var stations = inputs.Stations.Where(s => s.Communities.Any(communities.Contains)).Select(s => s.Id).Distinct().Count();
        var certified = inputs.Workers.Count(w => w.CertifiedOnDay(today) && Counts(w, area, communities));
        var needs = communities.Select(c => inputs.Needs.GetValueOrDefault(c)).OfType<NeedCounts>().ToArray();
        var oldest = needs.Select(n => n.OldestOpenPostedAt).OfType<DateTimeOffset>().Select(p => (DateTimeOffset?)p).Min();
        var decided = needs.Sum(n => n.Decided);
        return new CoverageRow(
            areaId,
            area?.Name ?? "",
            area?.Level,
            communities.Count,
            residents,
            stations,
            communities.Sum(c => inputs.Stationed.GetValueOrDefault(c)),
            certified,
            Per10000(certified, residents),
            needs.Sum(n => n.Open),
            oldest is { } posted ? Math.Max(0, (int)(now - posted).TotalDays) : null,
            decided == 0 ? null : Math.Round((decimal)needs.Sum(n => n.MatchedBeforeDue) / decided, 4),
            communities.Count(c => !inputs.Stations.Any(s => s.Communities.Contains(c))),
            communities.Count(c => !inputs.Workers.Any(w => w.CertifiedOnDay(today) && w.CommunityIds.Contains(c))),
            communities.Count(c => !inputs.Profiles.TryGetValue(c, out var p) || !p.HasSpace));
    }

    /// <summary>The ratio for the area and every area below it (null: the region and everything), in each year.</summary>
    public static IReadOnlyList<CertifiedRatio> Ratios(
        GeographySnapshot geography, Guid? areaId, int fromYear, int toYear,
        IReadOnlyList<(Guid Community, int Year, int Residents)> residents, IReadOnlyList<CertifiedWorker> workers)
    {
        var areas = new List<AreaRecord?>();
        if (areaId is { } id)
        {
            areas.Add(geography.FindArea(id));
        }
        else
        {
            areas.Add(null);
        }

        areas.AddRange(geography.Areas
            .Where(a => !a.Retired && a.Id != areaId && (areaId is not { } top || geography.IsWithin(a.Id, top)))
            .OrderBy(a => a.Level).ThenBy(a => a.Name, StringComparer.Ordinal));
        var byCommunity = residents.GroupBy(r => r.Community).ToDictionary(g => g.Key, g => g.OrderBy(r => r.Year).ToArray());
        var ratios = new List<CertifiedRatio>();
        for (var year = fromYear; year <= toYear; year++)
        {
            var yearEnd = new DateOnly(year, 12, 31);
            foreach (var area in areas)
            {
                var communities = geography.CommunitiesWithin(area?.Id).Where(c => !c.Retired).Select(c => c.Id).ToHashSet();
                // The base of year Y: each community's residents as last recorded in Y, or in the latest year before it.
                var base10000 = communities.Sum(c => byCommunity.TryGetValue(c, out var rows) && rows.LastOrDefault(r => r.Year <= year) is { Year: > 0 } row ? row.Residents : 0);
                var certified = workers.Count(w => w.CertifiedOnDay(yearEnd) && Counts(w, area, communities));
                ratios.Add(new CertifiedRatio(area?.Id, area?.Name ?? "", area?.Level, year, base10000, certified, Per10000(certified, base10000)));
            }
        }

        return ratios;
    }

    public static decimal? Per10000(int certified, int residents) =>
        residents == 0 ? null : Math.Round(certified * 10_000m / residents, 2);

    private static bool Counts(CertifiedWorker worker, AreaRecord? area, HashSet<Guid> communities) => area switch
    {
        null => true,
        { Level: AreaLevel.District } => worker.DistrictId == area.Id || worker.CommunityIds.Any(communities.Contains),
        _ => worker.CommunityIds.Any(communities.Contains),
    };
}
