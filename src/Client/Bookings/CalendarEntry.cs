using Incubator.Bookings;

namespace Incubator.Client.Bookings;

/// <summary>
/// One occurrence in a space's week. Title and organization are shown only to those who may see the booking; everyone else
/// sees that the slot is taken (an organization never sees another's requests).
/// </summary>
public sealed record class CalendarEntry(
    Guid BookingId,
    int OccurrenceIndex,
    DateTimeOffset Start,
    DateTimeOffset End,
    DateTime LocalStart,
    DateTime LocalEnd,
    BookingStatus BookingStatus,
    OccurrenceStatus Status,
    Guid? OrganizationId,
    string? OrganizationName,
    string? Purpose);

/// <summary>A space's week: Monday (local) and its entries, earliest first.</summary>
public sealed record class SpaceWeek(Guid SpaceId, string SpaceName, string TimeZoneId, DateOnly WeekStart, IReadOnlyList<CalendarEntry> Entries);
