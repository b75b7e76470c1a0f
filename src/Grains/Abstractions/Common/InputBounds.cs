using System.Globalization;

namespace Incubator.Common;

/// <summary>
/// The limits every input must keep, whatever its field: dates in a sane range, text without control characters,
/// collections and text of a bounded size, finite numbers. Commands apply their own, narrower rules on top; these catch
/// what no command thought of (and what would otherwise overflow a calendar computation or bloat a grain's state).
/// </summary>
public static class InputBounds
{
    public static readonly DateOnly MinDate = new(2000, 1, 1);
    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    /// <summary>More items than any list of the domain needs (tranches, criteria, service domains, opening hours…).</summary>
    public const int MaxItems = 200;

    /// <summary>Longer than any text field of the domain allows; fields with a narrower limit check it themselves.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>Refuses a date outside <see cref="MinDate"/>..<see cref="MaxDate"/>.</summary>
    public static FieldError? Date(string field, DateOnly value) =>
        value < MinDate || value > MaxDate ? FieldError.OutOfRange(field, MinDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), MaxDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null;

    public static FieldError? Date(string field, DateTimeOffset value) => Date(field, DateOnly.FromDateTime(value.UtcDateTime));

    public static FieldError? Date(string field, DateTime value) => Date(field, DateOnly.FromDateTime(value));

    /// <summary>Refuses control characters (NUL, escape, …); tabs and line breaks are text.</summary>
    public static FieldError? Text(string field, string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > MaxTextLength)
        {
            return FieldError.TooLong(field, MaxTextLength);
        }

        var position = FirstControl(value);
        return position < 0 ? null : FieldError.Of(field, ErrorCodes.ControlCharacter, ErrorArg.Text("position", position + 1));
    }

    public static FieldError? Count(string field, int count) => count > MaxItems ? FieldError.Of(field, ErrorCodes.TooMany, ErrorArg.Text("max", MaxItems)) : null;

    public static FieldError? Number(string field, double value) =>
        double.IsFinite(value) ? null : FieldError.Of(field, ErrorCodes.Unreadable);

    private static int FirstControl(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) && value[i] is not ('\t' or '\n' or '\r'))
            {
                return i;
            }
        }

        return -1;
    }
}
