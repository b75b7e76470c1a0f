using Incubator.Venues;

namespace Incubator.Bookings;

/// <summary>The Hangfire job at an occurrence's start + grace. It passes ids only; the space's grain decides, so reruns are harmless.</summary>
public sealed class NoShowReleaseJob(IGrainFactory grains)
{
    public Task RunAsync(Guid spaceId, Guid bookingId, int occurrenceIndex) =>
        grains.GetGrain<ISpaceGrain>(spaceId).ReleaseNoShowAsync(bookingId, occurrenceIndex);
}
