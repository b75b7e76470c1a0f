namespace Incubator.Venues;

/// <summary>Bookings are stored in UTC and shown in the space's time zone, China Standard Time unless the space says otherwise.</summary>
public static class VenueTime
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    public static bool IsKnown(string? timeZoneId) => timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _);

    public static TimeZoneInfo Find(string timeZoneId) => TimeZoneInfo.FindSystemTimeZoneById(timeZoneId);

    public static DateTime ToLocal(DateTimeOffset utc, string timeZoneId) => TimeZoneInfo.ConvertTime(utc, Find(timeZoneId)).DateTime;

    /// <summary>Today's date where the area is (the default zone until areas carry their own), not the UTC date.</summary>
    public static DateOnly Today(TimeProvider time, string timeZoneId = DefaultTimeZoneId) =>
        DateOnly.FromDateTime(ToLocal(time.GetUtcNow(), timeZoneId));

    /// <summary>The UTC instant of a local date and time in the zone; null when the clock skips that time (a DST gap).</summary>
    public static DateTimeOffset? ToUtc(DateOnly date, TimeOnly time, string timeZoneId)
    {
        var zone = Find(timeZoneId);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>Monday of the week <paramref name="day"/> lies in.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
