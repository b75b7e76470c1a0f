namespace Incubator.Volunteers;

/// <summary>The hours rules of a volunteer activity, apart from the grain so they read in one place.</summary>
public static class ServiceHours
{
    /// <summary>Check-in opens this long before the start (volunteers arrive early); check-out stays open this long after the end.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Check-in to check-out, counted only inside the activity's span (arriving early or leaving late adds nothing), in
    /// hours rounded down to a tenth: 2 h 57 min is 2.9 h.
    /// </summary>
    public static decimal Between(DateTimeOffset checkedIn, DateTimeOffset checkedOut, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        var from = checkedIn > startsAt ? checkedIn : startsAt;
        var until = checkedOut < endsAt ? checkedOut : endsAt;
        if (until <= from)
        {
            return 0m;
        }

        var tenths = (long)Math.Floor((until - from).TotalMinutes / 6);
        return tenths / 10m;
    }

    public static bool CheckInOpen(DateTimeOffset now, DateTimeOffset startsAt, DateTimeOffset endsAt) => now >= startsAt - Margin && now <= endsAt;

    public static bool CheckOutOpen(DateTimeOffset now, DateTimeOffset startsAt, DateTimeOffset endsAt) => now >= startsAt - Margin && now <= endsAt + Margin;
}
