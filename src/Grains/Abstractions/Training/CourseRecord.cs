using Incubator.Indexes;

namespace Incubator.Training;

/// <summary>A course as everyone who sees its incubator sees it, and a row of that incubator's <see cref="IIndexGrain{TRow}"/>.</summary>
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
    int SessionCount) : IIndexRow<CourseRecord>
{
    /// <summary>The state name IncubatorCoursesGrain stored these rows under.</summary>
    public static string IndexName => "incubatorCourses";

    /// <summary>By title.</summary>
    public static IEnumerable<CourseRecord> InListOrder(IEnumerable<CourseRecord> rows) =>
        rows.OrderBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.CreatedAt);
}
