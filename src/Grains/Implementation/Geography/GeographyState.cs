namespace Incubator.Geography;

/// <summary>Persisted state of <see cref="GeographyGrain"/>. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.GeographyState")]
public sealed class GeographyState
{
    [Id(0)] public List<AreaRecord> Areas { get; set; } = [];
    [Id(1)] public List<IncubatorRecord> Incubators { get; set; } = [];
}
