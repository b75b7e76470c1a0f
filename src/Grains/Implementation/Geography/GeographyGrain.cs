using Incubator.Common;

namespace Incubator.Geography;

/// <summary>Holds the whole tree in one activation: hundreds of areas at most, read far more often than changed.</summary>
public sealed class GeographyGrain(
    [PersistentState("geography", StorageNames.Incubator)] IPersistentState<GeographyState> state) : Grain, IGeographyGrain
{
    public const int MaxNameLength = 60;

    public Task<GeographySnapshot> GetAsync() => Task.FromResult(Snapshot());

    public async Task<AreaRecord> AddAreaAsync(string name, AreaLevel level, Guid? parentId, Actor actor)
    {
        name = RequireName(name);
        if (!Enum.IsDefined(level))
        {
            throw DomainException.Invalid("level", $"'{level}' is not a level; use District, Subdistrict or Community.");
        }

        if (level == AreaLevel.District)
        {
            if (parentId is not null)
            {
                throw DomainException.Invalid("parentId", "A district has no parent area.");
            }
        }
        else
        {
            var parent = parentId is { } id ? state.State.Areas.FirstOrDefault(a => a.Id == id) : null;
            if (parent is null)
            {
                throw DomainException.Invalid("parentId", $"A {level} needs an existing parent area.");
            }

            if (parent.Level != level - 1)
            {
                throw DomainException.Invalid("parentId", $"A {level} lies in a {level - 1}, not in a {parent.Level}.");
            }
        }

        if (state.State.Areas.Any(a => a.ParentId == parentId && a.Level == level && string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw DomainException.Conflict("name", $"There is already a {level} named \"{name}\" here.");
        }

        var area = new AreaRecord(Guid.NewGuid(), name, level, parentId);
        state.State.Areas.Add(area);
        await state.WriteStateAsync();
        return area;
    }

    public async Task<IncubatorRecord> AddIncubatorAsync(string name, Guid areaId, Actor actor)
    {
        name = RequireName(name);
        var area = state.State.Areas.FirstOrDefault(a => a.Id == areaId)
            ?? throw DomainException.NotFound("areaId", $"There is no area {areaId}.");
        if (state.State.Incubators.Any(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw DomainException.Conflict("name", $"There is already an incubator named \"{name}\".");
        }

        var incubator = new IncubatorRecord(Guid.NewGuid(), name, area.Level, area.Id, DistrictOf(area).Id);
        state.State.Incubators.Add(incubator);
        await state.WriteStateAsync();
        return incubator;
    }

    private AreaRecord DistrictOf(AreaRecord area)
    {
        while (area.ParentId is { } parentId)
        {
            area = state.State.Areas.First(a => a.Id == parentId);
        }

        return area;
    }

    private static string RequireName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw DomainException.Invalid("name", "A name is required.");
        }

        name = name.Trim();
        return name.Length <= MaxNameLength ? name : throw DomainException.Invalid("name", $"At most {MaxNameLength} characters.");
    }

    private GeographySnapshot Snapshot() => new(state.State.Areas.ToArray(), state.State.Incubators.ToArray());
}
