using Incubator.Training;

namespace Incubator.Client.Training;

public sealed record class SessionDto(
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
    Guid? SpaceId,
    Guid? BookingId)
{
    private sealed class Mapping : DtoMap<SessionRecord, SessionDto>;
}
