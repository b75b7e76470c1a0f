using Incubator.Bookings;
using MudBlazor;

namespace Incubator.Client.Venues;

/// <summary>How the UI shows where a booking stands: one status key and one colour per occurrence.</summary>
public static class BookingDisplay
{
    public static string StatusKey(BookingStatus booking, OccurrenceStatus occurrence) => booking switch
    {
        BookingStatus.Declined => "BookingStatus.Declined",
        BookingStatus.Cancelled => "BookingStatus.Cancelled",
        BookingStatus.Pending when occurrence == OccurrenceStatus.Scheduled => "BookingStatus.Pending",
        _ when occurrence == OccurrenceStatus.Scheduled => "BookingStatus.Approved",
        _ => $"OccurrenceStatus.{occurrence}",
    };

    public static Color ColorOf(BookingStatus booking, OccurrenceStatus occurrence) => (booking, occurrence) switch
    {
        (BookingStatus.Declined, _) => Color.Error,
        (BookingStatus.Cancelled, _) => Color.Default,
        (_, OccurrenceStatus.Cancelled or OccurrenceStatus.Released) => Color.Default,
        (_, OccurrenceStatus.CheckedIn) => Color.Info,
        (BookingStatus.Pending, _) => Color.Warning,
        _ => Color.Success,
    };
}
