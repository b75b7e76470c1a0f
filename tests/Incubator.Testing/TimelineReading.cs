using Incubator.Timeline;

namespace Incubator.Testing;

public static class TimelineReading
{
    /// <summary>An organization's whole timeline, oldest first, read page by page as the Client reads it.</summary>
    public static async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(this IGrainFactory grains, Guid organizationId)
    {
        var entries = new List<TimelineEntry>();
        TimelineCursor? cursor = null;
        do
        {
            var page = await grains.GetGrain<ITimelineGrain>(organizationId).GetPageAsync(cursor, TimelinePage.MaxSize);
            entries.AddRange(page.Entries);
            cursor = page.Next;
        }
        while (cursor is not null);

        entries.Reverse();
        return entries;
    }
}
