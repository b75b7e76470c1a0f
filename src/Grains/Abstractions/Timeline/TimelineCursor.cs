namespace Incubator.Timeline;

/// <summary>Where a page ends: the next page holds the entries strictly older than this one (by time, then id).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.Timeline.TimelineCursor")]
public sealed record class TimelineCursor(DateTimeOffset At, long Id);
