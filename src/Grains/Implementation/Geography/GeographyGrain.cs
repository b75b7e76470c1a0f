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
            throw DomainException.Invalid(FieldError.UnknownValue("level"));
        }

        if (level == AreaLevel.District)
        {
            if (parentId is not null)
            {
                throw DomainException.Invalid("parentId", ErrorCodes.DistrictHasNoParent);
            }
        }
        else
        {
            var parent = parentId is { } id ? state.State.Areas.FirstOrDefault(a => a.Id == id) : null;
            if (parent is null)
            {
                throw DomainException.Invalid("parentId", ErrorCodes.ParentRequired, ErrorArg.Label("level", level));
            }

            if (parent.Level != level - 1)
            {
                throw DomainException.Invalid(
                    "parentId", ErrorCodes.WrongParent, ErrorArg.Label("level", level), ErrorArg.Label("expected", level - 1), ErrorArg.Label("actual", parent.Level));
            }
        }

        if (state.State.Areas.Any(a => a.ParentId == parentId && a.Level == level && string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw DomainException.Conflict("name", ErrorCodes.AreaNameTaken, ErrorArg.Label("level", level), ErrorArg.Text("name", name));
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
            ?? throw DomainException.NoSuch("areaId", "area", areaId);
        if (state.State.Incubators.Any(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw DomainException.Conflict("name", ErrorCodes.IncubatorNameTaken, ErrorArg.Text("name", name));
        }

        var incubator = new IncubatorRecord(Guid.NewGuid(), name, area.Level, area.Id, DistrictOf(area).Id);
        state.State.Incubators.Add(incubator);
        await state.WriteStateAsync();
        return incubator;
    }

    public async Task<AreaRecord> ChangeAreaAsync(Guid areaId, AreaChange change, Actor actor)
    {
        var index = state.State.Areas.FindIndex(a => a.Id == areaId);
        if (index < 0)
        {
            throw DomainException.NoSuch("areaId", "area", areaId);
        }

        var area = state.State.Areas[index];
        var name = RequireName(change.Name);
        var zone = string.IsNullOrWhiteSpace(change.TimeZoneId) ? null : change.TimeZoneId.Trim();
        if (zone is not null && !Venues.VenueTime.IsKnown(zone))
        {
            throw DomainException.Invalid(FieldError.Of(
                "timeZoneId", ErrorCodes.SpaceTimeZone, ErrorArg.Text("value", zone), ErrorArg.Text("example", Venues.VenueTime.DefaultTimeZoneId)));
        }

        var code = string.IsNullOrWhiteSpace(change.DivisionCode) ? null : change.DivisionCode.Trim();
        if (code is not null && (code.Length != 6 || !code.All(char.IsAsciiDigit)))
        {
            throw DomainException.Invalid(FieldError.Of("divisionCode", ErrorCodes.DivisionCodeFormat, ErrorArg.Text("value", code)));
        }

        if (state.State.Areas.Any(a => a.Id != areaId && a.ParentId == area.ParentId && a.Level == area.Level
            && string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw DomainException.Conflict("name", ErrorCodes.AreaNameTaken, ErrorArg.Label("level", area.Level), ErrorArg.Text("name", name));
        }

        var changed = area with { Name = name, TimeZoneId = zone, DivisionCode = code, Retired = change.Retired };
        state.State.Areas[index] = changed;
        await state.WriteStateAsync();
        return changed;
    }

    public async Task<IncubatorRecord> ChangeIncubatorAsync(Guid incubatorId, string name, bool retired, Actor actor)
    {
        var index = state.State.Incubators.FindIndex(i => i.Id == incubatorId);
        if (index < 0)
        {
            throw DomainException.NoSuch("incubatorId", "incubator", incubatorId);
        }

        name = RequireName(name);
        if (state.State.Incubators.Any(i => i.Id != incubatorId && string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw DomainException.Conflict("name", ErrorCodes.IncubatorNameTaken, ErrorArg.Text("name", name));
        }

        var changed = state.State.Incubators[index] with { Name = name, Retired = retired };
        state.State.Incubators[index] = changed;
        await state.WriteStateAsync();
        return changed;
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
            throw DomainException.Invalid(FieldError.Required("name"));
        }

        name = name.Trim();
        return name.Length <= MaxNameLength ? name : throw DomainException.Invalid(FieldError.TooLong("name", MaxNameLength));
    }

    private GeographySnapshot Snapshot() => new(state.State.Areas.ToArray(), state.State.Incubators.ToArray());
}
