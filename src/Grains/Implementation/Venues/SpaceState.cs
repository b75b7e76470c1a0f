using Incubator.Bookings;

namespace Incubator.Venues;

/// <summary>Persisted state of <see cref="SpaceGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.SpaceState")]
public sealed class SpaceState
{
    [Id(0)] public SpaceRecord? Space { get; set; }
    [Id(1)] public List<BookingState> Bookings { get; set; } = [];
}

/// <summary>One booking inside <see cref="SpaceState"/>. Stored with it: never rename or renumber.</summary>
[GenerateSerializer, Alias("Incubator.BookingState")]
public sealed class BookingState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public Guid OrganizationId { get; set; }
    [Id(2)] public string OrganizationName { get; set; } = "";
    [Id(3)] public string Purpose { get; set; } = "";
    [Id(4)] public bool Recurring { get; set; }
    [Id(5)] public BookingStatus Status { get; set; }
    [Id(6)] public string? DecisionReason { get; set; }
    [Id(7)] public DateTimeOffset RequestedAt { get; set; }
    [Id(8)] public string RequestedBy { get; set; } = "";
    [Id(9)] public DateTimeOffset? DecidedAt { get; set; }
    [Id(10)] public string? DecidedBy { get; set; }
    [Id(11)] public List<OccurrenceState> Occurrences { get; set; } = [];

    /// <summary>Set for a training session's booking, which has no organization (OrganizationId is empty).</summary>
    [Id(12)] public Guid? TrainingSessionId { get; set; }
}

/// <summary>One occurrence inside <see cref="BookingState"/>. Stored with it: never rename or renumber.</summary>
[GenerateSerializer, Alias("Incubator.OccurrenceState")]
public sealed class OccurrenceState
{
    [Id(0)] public int Index { get; set; }
    [Id(1)] public DateTimeOffset Start { get; set; }
    [Id(2)] public DateTimeOffset End { get; set; }
    [Id(3)] public OccurrenceStatus Status { get; set; }
    [Id(4)] public DateTimeOffset? CheckedInAt { get; set; }
    [Id(5)] public string? CheckedInBy { get; set; }

    /// <summary>When the no-show release is due; fixed when scheduled, so a later change of the grace does not move it.</summary>
    [Id(6)] public DateTimeOffset? ReleaseAt { get; set; }
    [Id(7)] public string? ReleaseJobId { get; set; }

    /// <summary>When the slot was given up (cancelled or released); calendar feeds date the change by it.</summary>
    [Id(8)] public DateTimeOffset? FreedAt { get; set; }
}
