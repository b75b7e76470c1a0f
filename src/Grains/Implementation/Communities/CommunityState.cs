namespace Incubator.Communities;

/// <summary>Persisted state of <see cref="CommunityGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.CommunityState")]
public sealed class CommunityState
{
    [Id(0)] public CommunityProfile? Profile { get; set; }
    [Id(1)] public DateTimeOffset? UpdatedAt { get; set; }
    [Id(2)] public string? UpdatedBy { get; set; }

    /// <summary>Oldest first, as appended.</summary>
    [Id(3)] public List<CommunityChange> History { get; set; } = [];

    /// <summary>In the order they were started.</summary>
    [Id(4)] public List<StationingRecord> Stationings { get; set; } = [];
}

/// <summary>Persisted state of <see cref="StationGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.StationState")]
public sealed class StationState
{
    [Id(0)] public StationRecord? Station { get; set; }
}
