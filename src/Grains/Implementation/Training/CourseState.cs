namespace Incubator.Training;

/// <summary>Persisted state of <see cref="CourseGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.CourseState")]
public sealed class CourseState
{
    [Id(0)] public Guid IncubatorId { get; set; }
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public string Topic { get; set; } = "";
    [Id(3)] public string Description { get; set; } = "";
    [Id(4)] public decimal HoursPerSession { get; set; }
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
    [Id(6)] public string CreatedBy { get; set; } = "";
    [Id(7)] public List<Guid> SessionIds { get; set; } = [];
}
