using Incubator.Bookings;

namespace Incubator.Client.Bookings;

/// <summary>A booking; times in UTC, to be shown in TimeZoneId (the space's zone).</summary>
public sealed record class BookingDto(
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
    IReadOnlyList<BookingOccurrenceDto> Occurrences)
{
    private sealed class Mapping : DtoMap<BookingRecord, BookingDto>;
}

/// <summary>One occurrence; FreedAt is when it was cancelled or released (none for occurrences freed before it was kept).</summary>
public sealed record class BookingOccurrenceDto(
    int Index, DateTimeOffset Start, DateTimeOffset End, OccurrenceStatus Status, DateTimeOffset? CheckedInAt, string? CheckedInBy, DateTimeOffset? FreedAt)
{
    private sealed class Mapping : DtoMap<BookingOccurrence, BookingOccurrenceDto>;
}
