using Incubator.Common;

namespace Incubator.Training;

/// <summary>
/// One session (场次) of a course: when (UTC), where, who teaches, how many seats. Where is a space (SpaceId), which the
/// session books, or (older sessions) a free-text place in Venue; with a space, Venue becomes the space's name.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.ScheduleSession")]
public sealed record class ScheduleSession(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Venue, string Trainer, int Capacity, Guid? SpaceId = null)
{
    public const int MaxVenueLength = 200;
    public const int MaxTrainerLength = 100;
    public const int MaxCapacity = 500;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (StartsAt == default)
        {
            errors.Add(FieldError.Required("startsAt"));
        }

        if (EndsAt <= StartsAt)
        {
            errors.Add(new("endsAt", ErrorCodes.EndsBeforeStart));
        }

        if (SpaceId is null)
        {
            CreateCourse.Required(errors, "venue", Venue, MaxVenueLength);
        }
        else if (SpaceId == Guid.Empty)
        {
            errors.Add(FieldError.Required("spaceId"));
        }

        CreateCourse.Required(errors, "trainer", Trainer, MaxTrainerLength);
        if (Capacity is < 1 or > MaxCapacity)
        {
            errors.Add(FieldError.OutOfRange("capacity", 1, MaxCapacity));
        }

        return errors;
    }

    public ScheduleSession Normalized() => this with
    {
        StartsAt = StartsAt.ToUniversalTime(),
        EndsAt = EndsAt.ToUniversalTime(),
        Venue = (Venue ?? "").Trim(),
        Trainer = Trainer.Trim(),
    };
}
