using System.Globalization;
using Incubator.Venues;
using Microsoft.Extensions.Localization;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// The one place pages turn stored UTC instants into the viewer's area time and typed local dates and times back into
/// UTC. The zone is the viewer's area's (<see cref="UserScope.TimeZoneId"/>, set whenever his scope is loaded), Asia/Shanghai
/// until then. Tables show <c>2026-12-02</c> and <c>14:05</c> (24-hour); long forms follow the language (<c>2026年12月2日</c>).
/// </summary>
public sealed class AreaClock(TimeProvider time, IStringLocalizer<UiText> text)
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string TimeFormat = "HH:mm";

    public string TimeZoneId { get; private set; } = VenueTime.DefaultTimeZoneId;

    public void Use(string timeZoneId)
    {
        if (VenueTime.IsKnown(timeZoneId))
        {
            TimeZoneId = timeZoneId;
        }
    }

    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>Today's date in the area (not the UTC date: 23:30 UTC is already tomorrow in Beijing).</summary>
    public DateOnly Today => VenueTime.Today(time, TimeZoneId);

    public DateTime Local(DateTimeOffset at) => VenueTime.ToLocal(at, TimeZoneId);

    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(Local(at));

    public string Date(DateTimeOffset at) => Local(at).ToString(DateFormat, CultureInfo.InvariantCulture);

    public string Date(DateTimeOffset? at) => at is { } value ? Date(value) : "";

    public string Date(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string DateTime(DateTimeOffset at) => Local(at).ToString(DateFormat + " " + TimeFormat, CultureInfo.InvariantCulture);

    public string Time(DateTimeOffset at) => Local(at).ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The long form of a date in the viewer's language: 2026年12月2日, or 2 December 2026.</summary>
    public string LongDate(DateOnly date) => date.ToString(text["Format.LongDate"], CultureInfo.CurrentUICulture);

    public string LongDate(DateTimeOffset? at) => at is { } value ? LongDate(LocalDate(value)) : "";

    /// <summary>The UTC instant of a date and time typed in the area; null when either is missing or the clock skips it.</summary>
    public DateTimeOffset? ToUtc(DateOnly? date, TimeOnly? localTime) =>
        date is { } d && localTime is { } t ? VenueTime.ToUtc(d, t, TimeZoneId) : null;

    /// <summary>A typed 24-hour time (<c>9:00</c>, <c>09:00</c>, <c>21:30</c>); null when it is not one.</summary>
    public static TimeOnly? ParseTime(string? typed) =>
        TimeOnly.TryParseExact(typed?.Trim(), ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
