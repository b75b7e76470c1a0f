using Incubator.Common;

namespace Incubator.Geography;

/// <summary>The administrative tree (district → subdistrict → community) and the incubator at each tier. One per deployment: key <see cref="Key"/>.</summary>
public interface IGeographyGrain : IGrainWithStringKey
{
    const string Key = "tree";

    Task<GeographySnapshot> GetAsync();

    /// <summary>Adds an area under <paramref name="parentId"/> (null for a district); the parent must be one level up.</summary>
    Task<AreaRecord> AddAreaAsync(string name, AreaLevel level, Guid? parentId, Actor actor);

    /// <summary>Opens an incubator in an area; its tier is the area's level.</summary>
    Task<IncubatorRecord> AddIncubatorAsync(string name, Guid areaId, Actor actor);
}
