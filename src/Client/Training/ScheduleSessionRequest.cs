using Incubator.Training;

namespace Incubator.Client.Training;

/// <summary>
/// The body of POST /api/courses/{id}/sessions; times are UTC (an offset is converted). The session takes place in a space
/// (spaceId) of the course's incubator or one shared with its district, and books it. Missing fields are reported by name.
/// </summary>
public sealed record class ScheduleSessionRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, Guid? SpaceId, string? Trainer, int? Capacity)
{
    public (ScheduleSession Command, IReadOnlyList<FieldError> Errors) ToCommand()
    {
        var command = new ScheduleSession(StartsAt ?? default, EndsAt ?? default, "", Trainer ?? "", Capacity ?? 0, SpaceId ?? Guid.Empty);
        var errors = command.Validate().ToList();
        if (EndsAt is null && !errors.Any(e => e.Field == "endsAt"))
        {
            errors.Add(FieldError.Required("endsAt"));
        }

        return (errors.Count == 0 ? command.Normalized() : command, errors);
    }
}
