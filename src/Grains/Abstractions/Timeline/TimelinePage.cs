namespace Incubator.Timeline;

/// <summary>Entries newest first; <see cref="Next"/> is null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.Timeline.TimelinePage")]
public sealed record class TimelinePage(IReadOnlyList<TimelineEntry> Entries, TimelineCursor? Next)
{
    public const int DefaultSize = 20;

    public const int MaxSize = 100;
}
