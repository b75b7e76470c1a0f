namespace Incubator.Geography;

/// <summary>An area's name, time zone (null: its parent's), GB/T 2260 division code (null: none) and whether it is retired.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.AreaChange")]
public sealed record class AreaChange(string Name, string? TimeZoneId, string? DivisionCode, bool Retired);
