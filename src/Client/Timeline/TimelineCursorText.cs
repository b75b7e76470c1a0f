using System.Globalization;
using Incubator.Timeline;

namespace Incubator.Client.Timeline;

/// <summary>A page cursor as it travels in a query string: "{UTC ticks}.{id}".</summary>
public static class TimelineCursorText
{
    public static string Format(TimelineCursor cursor) =>
        string.Create(CultureInfo.InvariantCulture, $"{cursor.At.UtcTicks}.{cursor.Id}");

    public static TimelineCursor? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split('.');
        return parts.Length == 2
               && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
               && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
               && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new TimelineCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id)
            : throw DomainException.Invalid(FieldError.UnknownValue("before"));
    }
}
