using Incubator.Bookings;
using Incubator.Common;

namespace Incubator.Venues;

/// <summary>
/// One space and all of its bookings. The grain runs one call at a time, so checking a slot and taking it is atomic: of
/// simultaneous requests for the same slot one wins and the others get a conflict.
/// </summary>
public interface ISpaceGrain : IGrainWithGuidKey
{
    Task<SpaceRecord> CreateAsync(DefineSpace definition, Actor actor);

    /// <summary>Changes the definition; the incubator cannot change and existing bookings stay as they are.</summary>
    Task<SpaceRecord> UpdateAsync(DefineSpace definition, Actor actor);

    /// <summary>Null when no space was created under this id.</summary>
    Task<SpaceRecord?> GetAsync();

    /// <summary>Takes the slots (refused with a conflict when one is taken), pending approval unless the space auto-approves.</summary>
    Task<BookingRecord> RequestBookingAsync(RequestBooking request, Actor actor);

    /// <summary>
    /// Holds the slot for a training session of an incubator that may use the space; refused like any request when the slot is
    /// taken or outside opening hours. Approved at once; it belongs to no organization.
    /// </summary>
    Task<BookingRecord> BookForTrainingAsync(TrainingBooking booking, Actor actor);

    /// <summary>The manager approves (schedules the no-show releases) or declines with a reason (frees the slots).</summary>
    Task<BookingRecord> DecideBookingAsync(Guid bookingId, bool approve, string reason, Actor actor);

    /// <summary>Cancels one occurrence, or with <paramref name="restOfSeries"/> it and every later one still scheduled.</summary>
    Task<BookingRecord> CancelAsync(Guid bookingId, int occurrenceIndex, bool restOfSeries, Actor actor);

    /// <summary>Records that the organization came, from the grace period before the start until the end.</summary>
    Task<BookingRecord> CheckInAsync(Guid bookingId, int occurrenceIndex, Actor actor);

    /// <summary>Run by the no-show job at start + grace: releases the occurrence when no one checked in. Reruns change nothing.</summary>
    Task ReleaseNoShowAsync(Guid bookingId, int occurrenceIndex);

    Task<BookingRecord> GetBookingAsync(Guid bookingId);

    /// <summary>Bookings with an occurrence overlapping [from, to); all statuses.</summary>
    Task<IReadOnlyList<BookingRecord>> GetBookingsAsync(DateTimeOffset from, DateTimeOffset to);

    Task<IReadOnlyList<BookingRecord>> GetPendingBookingsAsync();

    /// <summary>Use between two local dates (from inclusive, to exclusive).</summary>
    Task<SpaceUsage> GetUsageAsync(DateOnly from, DateOnly to);
}
