namespace Incubator.Training;

/// <summary>
/// A session with its seat count: SeatsTaken counts enrolled, attended and absent enrollees, never more than Capacity.
/// SpaceId and BookingId name the space it booked; older sessions have none, only the place typed in Venue.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.SessionRecord")]
public sealed record class SessionRecord(
    Guid Id,
    Guid CourseId,
    Guid IncubatorId,
    string CourseTitle,
    string Topic,
    decimal Hours,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string Venue,
    string Trainer,
    int Capacity,
    int SeatsTaken,
    int WaitlistCount,
    DateTimeOffset ScheduledAt,
    string ScheduledBy,
    Guid? SpaceId = null,
    Guid? BookingId = null);
