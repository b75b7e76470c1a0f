using Incubator.Geography;
using Incubator.Venues;

namespace Incubator.Client.SocialWorkers;

/// <summary>
/// The area a list of social workers or resources is narrowed to: a community, else a subdistrict, else a district, else
/// every district the user may list. An area outside his scope is a 404 naming the field; one of the wrong level a 400.
/// </summary>
public sealed record class AreaFilter(GeographySnapshot Geography, Guid? AreaId, IReadOnlyList<Guid>? Districts, IReadOnlyList<Guid>? Communities)
{
    /// <summary>The user's districts (null = all) narrowed by the most specific area given.</summary>
    public static AreaFilter Resolve(UserScope scope, Guid? districtId, Guid? subdistrictId, Guid? communityId)
    {
        var geography = scope.Geography;
        var allowed = scope.SocialWorkerDistricts;
        var (field, id, level) = communityId is { } c ? ("communityId", c, AreaLevel.Community)
            : subdistrictId is { } s ? ("subdistrictId", s, AreaLevel.Subdistrict)
            : districtId is { } d ? ("districtId", d, AreaLevel.District)
            : ("", Guid.Empty, AreaLevel.District);
        if (field.Length == 0)
        {
            return new AreaFilter(geography, null, allowed, null);
        }

        var area = geography.FindArea(id);
        var district = area is null ? null : geography.DistrictOf(area.Id);
        if (area is null || district is null || (allowed is not null && !allowed.Contains(district.Id)))
        {
            throw DomainException.NoSuch(field, "area", id);
        }

        if (area.Level != level)
        {
            throw DomainException.NoSuchInput(field, level.ToString().ToLowerInvariant(), id);
        }

        var communities = level == AreaLevel.District ? null : Under(geography, area.Id).Where(a => a.Level == AreaLevel.Community).Select(a => a.Id).ToArray();
        return new AreaFilter(geography, area.Id, [district.Id], communities);
    }

    /// <summary>Every area in the filter (the districts and everything under them, or the area and everything under it).</summary>
    public IReadOnlyList<AreaRecord> Areas => AreaId is { } id
        ? Under(Geography, id)
        : Geography.Areas.Where(a => !a.Retired && (Districts is null || (Geography.DistrictOf(a.Id) is { } d && Districts.Contains(d.Id)))).ToArray();

    /// <summary>Today where the filter's area (or the first district) is.</summary>
    public DateOnly Today(TimeProvider time) => VenueTime.Today(time, Geography.TimeZoneOf(AreaId ?? Districts?.FirstOrDefault()));

    private static IReadOnlyList<AreaRecord> Under(GeographySnapshot geography, Guid areaId)
    {
        var found = new List<AreaRecord>();
        var next = new Queue<Guid>([areaId]);
        while (next.TryDequeue(out var id))
        {
            if (geography.FindArea(id) is { } area)
            {
                found.Add(area);
                foreach (var child in geography.Areas.Where(a => a.ParentId == id))
                {
                    next.Enqueue(child.Id);
                }
            }
        }

        return found;
    }
}
