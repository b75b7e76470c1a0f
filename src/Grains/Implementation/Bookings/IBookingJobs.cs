namespace Incubator.Bookings;

/// <summary>The scheduled jobs bookings own: releasing an occurrence no one checked in for.</summary>
public interface IBookingJobs
{
    /// <summary>Returns the job's id, kept so the job can be cancelled on check-in or cancellation.</summary>
    string ScheduleNoShowRelease(Guid spaceId, Guid bookingId, int occurrenceIndex, DateTimeOffset releaseAt);

    /// <summary>Removes a job that has not run; harmless for one that has.</summary>
    void Cancel(string jobId);
}
