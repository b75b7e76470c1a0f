using Incubator.Training;

namespace Incubator.Client.Training;

public sealed record class CourseDto(
    Guid Id,
    Guid IncubatorId,
    string Title,
    string Topic,
    string Description,
    decimal HoursPerSession,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    int SessionCount)
{
    private sealed class Mapping : DtoMap<CourseRecord, CourseDto>;
}
