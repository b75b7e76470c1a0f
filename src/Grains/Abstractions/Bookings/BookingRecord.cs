namespace Incubator.Bookings;

/// <summary>A booking as the space's grain shows it; times in UTC, TimeZoneId says where to show them.</summary>
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
    IReadOnlyList<BookingOccurrence> Occurrences);

/// <summary>One time a booking uses its space; Index is its place in the series, from 0.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.BookingOccurrence")]
public sealed record class BookingOccurrence(int Index, DateTimeOffset Start, DateTimeOffset End, OccurrenceStatus Status, DateTimeOffset? CheckedInAt, string? CheckedInBy);
