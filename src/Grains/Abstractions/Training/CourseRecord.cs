namespace Incubator.Training;

/// <summary>A course as everyone who sees its incubator sees it.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CourseRecord")]
public sealed record class CourseRecord(
    Guid Id,
    Guid IncubatorId,
    string Title,
    string Topic,
    string Description,
    decimal HoursPerSession,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    int SessionCount);
