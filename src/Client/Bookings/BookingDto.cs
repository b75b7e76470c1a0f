using Incubator.Client.Cohorts;
using Incubator.Client.Funding;
using Incubator.Client.Geography;
using Incubator.Client.Graduation;
using Incubator.Client.HandOffs;
using Incubator.Client.Hubs;
using Incubator.Client.Inbox;
using Incubator.Client.Infrastructure;
using Incubator.Client.Ledger;
using Incubator.Client.Organizations;
using Incubator.Client.Party;
using Incubator.Client.SupportPlans;
using Incubator.Client.Training;
using Incubator.Client.Venues;
using AutoMapper;
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
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<BookingRecord, BookingDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class BookingOccurrenceDto(int Index, DateTimeOffset Start, DateTimeOffset End, OccurrenceStatus Status, DateTimeOffset? CheckedInAt, string? CheckedInBy)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<BookingOccurrence, BookingOccurrenceDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
