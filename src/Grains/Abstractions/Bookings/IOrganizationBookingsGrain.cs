namespace Incubator.Bookings;

/// <summary>
/// An organization's bookings across every space (keyed by organization id), so its list and calendar feed read one grain.
/// The space's grain decides; this is a copy it refreshes after every change.
/// </summary>
public interface IOrganizationBookingsGrain : IGrainWithGuidKey
{
    Task UpsertAsync(BookingRecord booking);

    /// <summary>Earliest first occurrence first.</summary>
    Task<IReadOnlyList<BookingRecord>> ListAsync();
}
