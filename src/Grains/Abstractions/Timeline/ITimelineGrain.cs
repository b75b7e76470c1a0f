using Incubator.HandOffs;

namespace Incubator.Timeline;

/// <summary>Reads one organization's timeline (keyed by the organization's id) from its table, newest first.</summary>
public interface ITimelineGrain : IGrainWithGuidKey
{
    /// <summary>
    /// Up to <paramref name="pageSize"/> entries (clamped to 1..<see cref="TimelinePage.MaxSize"/>) older than
    /// <paramref name="before"/>, or the newest when null; with <paramref name="within"/>, only entries inside one of those
    /// periods (a former incubator sees the time it held the organization).
    /// </summary>
    Task<TimelinePage> GetPageAsync(TimelineCursor? before, int pageSize, IReadOnlyList<IncubatorTenure>? within = null);

    /// <summary>The newest entries (at most <paramref name="max"/>, clamped like a page) of these actions: what an organization is told about.</summary>
    Task<IReadOnlyList<TimelineEntry>> GetOfActionsAsync(IReadOnlyList<TimelineAction> actions, int max);
}
