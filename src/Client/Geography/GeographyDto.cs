using Incubator.Geography;

namespace Incubator.Client.Geography;

public sealed record class AreaDto(Guid Id, string Name, AreaLevel Level, Guid? ParentId, string? TimeZoneId, string? DivisionCode, bool Retired)
{
    private sealed class Mapping : DtoMap<AreaRecord, AreaDto>;
}

public sealed record class IncubatorDto(Guid Id, string Name, AreaLevel Tier, Guid AreaId, Guid DistrictId, bool Retired)
{
    private sealed class Mapping : DtoMap<IncubatorRecord, IncubatorDto>;
}

/// <summary>The tree as flat lists: each area names its parent, so no DTO contains itself.</summary>
public sealed record class GeographyDto(IReadOnlyList<AreaDto> Areas, IReadOnlyList<IncubatorDto> Incubators)
{
    private sealed class Mapping : DtoMap<GeographySnapshot, GeographyDto>;
}
