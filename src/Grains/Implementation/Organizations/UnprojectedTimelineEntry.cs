using Incubator.Timeline;

namespace Incubator.Organizations;

/// <summary>
/// A timeline entry carried in the organization's state until its write is projected, so the entry commits with the
/// state it describes and a projector can append it if the process died first (see <see cref="OrganizationProjection"/>).
/// Persisted: never rename it or renumber its ids.
/// </summary>
[GenerateSerializer, Alias("Incubator.Organizations.UnprojectedTimelineEntry")]
public sealed class UnprojectedTimelineEntry
{
    /// <summary>The state version whose write recorded the entry.</summary>
    [Id(0)] public int Version { get; set; }
    [Id(1)] public DateTimeOffset At { get; set; }
    [Id(2)] public TimelineAction Action { get; set; }
    [Id(3)] public string ActorId { get; set; } = "";
    [Id(4)] public string ActorName { get; set; } = "";
    /// <summary>The arguments as the JSON object incubator.timeline stores.</summary>
    [Id(5)] public string Arguments { get; set; } = "{}";

    public static UnprojectedTimelineEntry From(int version, PendingTimelineEntry entry) => new()
    {
        Version = version,
        At = entry.At,
        Action = entry.Action,
        ActorId = entry.Actor.UserId,
        ActorName = entry.Actor.DisplayName,
        Arguments = TimelineWriter.ArgumentsJson(entry.Arguments),
    };
}
