using Incubator.Common;

namespace Incubator.Venues;

/// <summary>When a space is open on one weekday, in the space's local time; a weekday without an entry is closed.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.DailyHours")]
public sealed record class DailyHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    /// <summary>The rules of a week's opening hours (spaces, stations): at least one day, each day once, closing after opening.</summary>
    public static IReadOnlyList<FieldError> Check(string field, IReadOnlyList<DailyHours>? hours)
    {
        if (hours is null || hours.Count == 0)
        {
            return [new(field, ErrorCodes.AtLeastOne)];
        }

        var errors = new List<FieldError>();
        if (hours.Any(h => !Enum.IsDefined(h.Day)) || hours.Select(h => h.Day).Distinct().Count() != hours.Count)
        {
            errors.Add(new(field, ErrorCodes.Duplicates));
        }

        if (hours.Any(h => h.Closes <= h.Opens))
        {
            errors.Add(new(field, ErrorCodes.SpaceHoursOrder));
        }

        return errors;
    }

    /// <summary>Monday to Sunday, as the pages show a week.</summary>
    public static IReadOnlyList<DailyHours> MondayFirst(IEnumerable<DailyHours> hours) => hours.OrderBy(h => ((int)h.Day + 6) % 7).ToArray();
}
