namespace Incubator.Hubs;

/// <summary>Persisted state of <see cref="HubLinksGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.HubLinksState")]
public sealed class HubLinksState
{
    [Id(0)] public bool IsHub { get; set; }
    [Id(1)] public List<HubLink> Supported { get; set; } = [];
    [Id(2)] public List<HubLink> Hubs { get; set; } = [];
}
