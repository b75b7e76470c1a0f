using Hangfire;

namespace Incubator.Bookings;

public sealed class HangfireBookingJobs(IBackgroundJobClient jobs) : IBookingJobs
{
    public string ScheduleNoShowRelease(Guid spaceId, Guid bookingId, int occurrenceIndex, DateTimeOffset releaseAt) =>
        jobs.Schedule<NoShowReleaseJob>(job => job.RunAsync(spaceId, bookingId, occurrenceIndex), releaseAt);

    public void Cancel(string jobId) => jobs.Delete(jobId);
}
