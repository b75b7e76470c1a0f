namespace Incubator.Geography;

/// <summary>The whole administrative tree and its incubators.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.GeographySnapshot")]
public sealed record class GeographySnapshot(IReadOnlyList<AreaRecord> Areas, IReadOnlyList<IncubatorRecord> Incubators)
{
    public IncubatorRecord? FindIncubator(Guid id) => Incubators.FirstOrDefault(i => i.Id == id);

    /// <summary>The incubator, or a not-found naming <paramref name="field"/>.</summary>
    public IncubatorRecord RequireIncubator(Guid id, string field = "incubatorId") =>
        FindIncubator(id) ?? throw Common.DomainException.NoSuch(field, "incubator", id);

    public AreaRecord? FindArea(Guid id) => Areas.FirstOrDefault(a => a.Id == id);

    /// <summary>The zone an area's times are entered and shown in: its own, else the nearest ancestor's, else Asia/Shanghai.</summary>
    public string TimeZoneOf(Guid? areaId)
    {
        var area = areaId is { } id ? FindArea(id) : null;
        while (area is not null)
        {
            if (area.TimeZoneId is { } zone)
            {
                return zone;
            }

            area = area.ParentId is { } parentId ? FindArea(parentId) : null;
        }

        return Venues.VenueTime.DefaultTimeZoneId;
    }

    /// <summary>The zone of the area an incubator sits in.</summary>
    public string TimeZoneOfIncubator(Guid incubatorId) => TimeZoneOf(FindIncubator(incubatorId)?.AreaId);

    /// <summary>The district an area lies in (itself for a district), or null for an unknown area.</summary>
    public AreaRecord? DistrictOf(Guid areaId)
    {
        var area = FindArea(areaId);
        while (area?.ParentId is { } parentId)
        {
            area = FindArea(parentId);
        }

        return area;
    }

    /// <summary>Whether <paramref name="areaId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
    public bool IsWithin(Guid areaId, Guid ancestorId)
    {
        var area = FindArea(areaId);
        while (area is not null)
        {
            if (area.Id == ancestorId)
            {
                return true;
            }

            area = area.ParentId is { } parentId ? FindArea(parentId) : null;
        }

        return false;
    }

    /// <summary>The community areas in <paramref name="areaId"/> (itself when it is one; every community for null).</summary>
    public IReadOnlyList<AreaRecord> CommunitiesWithin(Guid? areaId) =>
        Areas.Where(a => a.Level == AreaLevel.Community && (areaId is not { } id || IsWithin(a.Id, id))).ToArray();
}
