namespace Incubator.Hubs;

/// <summary>Persisted state of <see cref="HubLinksGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.HubLinksState")]
public sealed class HubLinksState
{
    [Id(0)] public bool IsHub { get; set; }
    [Id(1)] public List<HubLink> Supported { get; set; } = [];
    [Id(2)] public List<HubLink> Hubs { get; set; } = [];

    /// <summary>As a hub: how many times <see cref="Supported"/> changed; sent with each message to a supported organization.</summary>
    [Id(3)] public long LinkChanges { get; set; }

    /// <summary>As a supported organization: per hub, the newest change applied, so a message that arrives late never undoes a newer one.</summary>
    [Id(4)] public Dictionary<Guid, long> HubChangesApplied { get; set; } = [];
}
