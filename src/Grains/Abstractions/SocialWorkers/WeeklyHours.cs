namespace Incubator.SocialWorkers;

/// <summary>
/// How commitments add up per week. A week runs Monday to Sunday; a commitment counts its weekly hours in every week
/// from the one holding its first day to the one holding its last. Sums only rise where a commitment starts, so the
/// peak over a range is found at its first week and at the first weeks of commitments starting inside it.
/// </summary>
public static class WeeklyHours
{
    /// <summary>The Monday of the week holding <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => Venues.VenueTime.WeekStart(day);

    /// <summary>Reserved and confirmed hours in the week starting <paramref name="monday"/>.</summary>
    public static int CommittedIn(IEnumerable<HoursCommitment> commitments, DateOnly monday) =>
        commitments.Where(c => c.Holds && WeekOf(c.From) <= monday && monday <= WeekOf(c.Until)).Sum(c => c.WeeklyHours);

    /// <summary>The most hours committed in any week from the one holding <paramref name="from"/> to the one holding <paramref name="until"/>, and the first such week.</summary>
    public static (int Hours, DateOnly Week) PeakCommitted(IReadOnlyCollection<HoursCommitment> commitments, DateOnly from, DateOnly until)
    {
        var first = WeekOf(from);
        var last = WeekOf(until);
        var weeks = commitments.Where(c => c.Holds).Select(c => WeekOf(c.From)).Where(w => first < w && w <= last).Append(first).Distinct().Order();
        var peak = (Hours: 0, Week: first);
        foreach (var week in weeks)
        {
            var hours = CommittedIn(commitments, week);
            if (hours > peak.Hours)
            {
                peak = (hours, week);
            }
        }

        return peak;
    }

    /// <summary>The most hours committed in any week from <paramref name="today"/>'s on (commitments end, so the range ends with the last of them).</summary>
    public static int PeakFrom(IReadOnlyCollection<HoursCommitment> commitments, DateOnly today)
    {
        var lastDay = commitments.Where(c => c.Holds).Select(c => c.Until).DefaultIfEmpty(today).Max();
        return lastDay < today ? 0 : PeakCommitted(commitments, today, lastDay).Hours;
    }
}
