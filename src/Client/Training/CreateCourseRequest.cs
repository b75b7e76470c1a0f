using Incubator.Training;

namespace Incubator.Client.Training;

/// <summary>The body of POST /api/courses. Every field is optional here so that a missing one is reported by name.</summary>
public sealed record class CreateCourseRequest(Guid? IncubatorId, string? Title, string? Topic, string? Description, decimal? HoursPerSession)
{
    /// <summary>The command, or every reason it cannot be made.</summary>
    public (CreateCourse Command, IReadOnlyList<FieldError> Errors) ToCommand()
    {
        var command = new CreateCourse(IncubatorId ?? Guid.Empty, Title ?? "", Topic ?? "", Description ?? "", HoursPerSession ?? 0);
        var errors = command.Validate();
        return (errors.Count == 0 ? command.Normalized() : command, errors);
    }
}
