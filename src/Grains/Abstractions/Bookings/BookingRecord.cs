using Incubator.Indexes;

namespace Incubator.Bookings;

/// <summary>
/// A booking as the space's grain shows it; times in UTC, TimeZoneId says where to show them. The organization's
/// <see cref="IIndexGrain{TRow}"/> keeps a copy of each, so its list and calendar feed read one grain.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.BookingRecord")]
public sealed record class BookingRecord(
    Guid Id,
    Guid SpaceId,
    string SpaceName,
    Guid IncubatorId,
    Guid OrganizationId,
    string OrganizationName,
    string Purpose,
    bool Recurring,
    BookingStatus Status,
    string? DecisionReason,
    DateTimeOffset RequestedAt,
    string RequestedBy,
    DateTimeOffset? DecidedAt,
    string? DecidedBy,
    string TimeZoneId,
    IReadOnlyList<BookingOccurrence> Occurrences) : IIndexRow<BookingRecord>
{
    /// <summary>The state name OrganizationBookingsGrain stored these rows under.</summary>
    public static string IndexName => "organizationBookings";

    /// <summary>Earliest first occurrence first.</summary>
    public static IEnumerable<BookingRecord> InListOrder(IEnumerable<BookingRecord> rows) =>
        rows.OrderBy(b => b.Occurrences.Count > 0 ? b.Occurrences[0].Start : b.RequestedAt);
}

/// <summary>One time a booking uses its space; Index is its place in the series, from 0. FreedAt: when it was cancelled or released.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.BookingOccurrence")]
public sealed record class BookingOccurrence(
    int Index, DateTimeOffset Start, DateTimeOffset End, OccurrenceStatus Status, DateTimeOffset? CheckedInAt, string? CheckedInBy, DateTimeOffset? FreedAt = null);
