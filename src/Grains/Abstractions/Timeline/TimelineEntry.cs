using Incubator.Common;

namespace Incubator.Timeline;

/// <summary>
/// One row of an organization's history: what happened, with its arguments, who did it and when. No prose: the Client
/// renders it in the viewer's language from <see cref="Action"/> and <see cref="Arguments"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.Timeline.TimelineEntry")]
public sealed record class TimelineEntry(
    long Id,
    Guid OrganizationId,
    DateTimeOffset At,
    TimelineAction Action,
    IReadOnlyList<TimelineArgument> Arguments,
    string ActorId,
    string ActorName)
{
    /// <summary>The value of the named argument, or null when the entry has none.</summary>
    public string? Argument(string name) => Arguments.FirstOrDefault(a => a.Name == name)?.Value;

    public TimelineCursor Cursor => new(At, Id);
}
