using Incubator.Common;

namespace Incubator.Training;

/// <summary>A manager creates a course (培训课程) at his incubator; every session of it counts HoursPerSession training hours.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CreateCourse")]
public sealed record class CreateCourse(Guid IncubatorId, string Title, string Topic, string Description, decimal HoursPerSession)
{
    public const int MaxTitleLength = 100;
    public const int MaxTopicLength = 50;
    public const int MaxDescriptionLength = 2000;
    public const decimal MaxHoursPerSession = 24m;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (IncubatorId == Guid.Empty)
        {
            errors.Add(FieldError.Required("incubatorId"));
        }

        Required(errors, "title", Title, MaxTitleLength);
        Required(errors, "topic", Topic, MaxTopicLength);
        if ((Description ?? "").Trim().Length > MaxDescriptionLength)
        {
            errors.Add(FieldError.TooLong("description", MaxDescriptionLength));
        }

        // Hours are counted in half hours at the finest, as training certificates state them.
        if (HoursPerSession <= 0 || HoursPerSession > MaxHoursPerSession || HoursPerSession * 2 != decimal.Truncate(HoursPerSession * 2))
        {
            errors.Add(FieldError.Of("hoursPerSession", ErrorCodes.CourseHours, ErrorArg.Text("max", MaxHoursPerSession)));
        }

        return errors;
    }

    public CreateCourse Normalized() => this with { Title = Title.Trim(), Topic = Topic.Trim(), Description = (Description ?? "").Trim() };

    internal static void Required(List<FieldError> errors, string field, string? value, int maxLength)
    {
        if (FieldError.Text(field, value, maxLength) is { } error)
        {
            errors.Add(error);
        }
    }
}
