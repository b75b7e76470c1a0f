using Incubator.Common;

namespace Incubator.Geography;

/// <summary>The administrative tree (district → subdistrict → community) and the incubator at each tier. One per deployment: key <see cref="Key"/>.</summary>
public interface IGeographyGrain : IGrainWithStringKey
{
    const string Key = "tree";

    Task<GeographySnapshot> GetAsync();

    /// <summary>Adds an area under <paramref name="parentId"/> (null for a district); the parent must be one level up.</summary>
    Task<AreaRecord> AddAreaAsync(string name, AreaLevel level, Guid? parentId, Actor actor);

    /// <summary>Renames an area, sets its time zone (null: its parent's) and GB/T 2260 code, or retires it (kept for history, offered no more).</summary>
    Task<AreaRecord> ChangeAreaAsync(Guid areaId, AreaChange change, Actor actor);

    /// <summary>Renames an incubator or retires it (kept for history and its organizations' records).</summary>
    Task<IncubatorRecord> ChangeIncubatorAsync(Guid incubatorId, string name, bool retired, Actor actor);

    /// <summary>Opens an incubator in an area; its tier is the area's level.</summary>
    Task<IncubatorRecord> AddIncubatorAsync(string name, Guid areaId, Actor actor);
}
