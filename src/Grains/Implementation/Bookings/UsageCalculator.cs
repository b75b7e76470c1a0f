using Incubator.Venues;

namespace Incubator.Bookings;

/// <summary>Open, booked and checked-in hours of a space between two local dates; plain rules the space's grain calls.</summary>
public static class UsageCalculator
{
    public static SpaceUsage Calculate(SpaceRecord space, IReadOnlyList<BookingRecord> bookings, DateOnly from, DateOnly to, DateTimeOffset now)
    {
        var periodStart = VenueTime.ToUtc(from, TimeOnly.MinValue, space.TimeZoneId) ?? DateTimeOffset.MinValue;
        var periodEnd = VenueTime.ToUtc(to, TimeOnly.MinValue, space.TimeZoneId) ?? DateTimeOffset.MaxValue;
        var period = new Slot(periodStart, periodEnd);

        var openHours = 0.0;
        for (var day = from; day < to; day = day.AddDays(1))
        {
            if (space.OpeningHours.FirstOrDefault(h => h.Day == day.DayOfWeek) is { } hours)
            {
                openHours += (hours.Closes - hours.Opens).TotalHours;
            }
        }

        var held = bookings
            .Where(b => b.Status == BookingStatus.Approved)
            .SelectMany(b => b.Occurrences.Where(o => o.Status != OccurrenceStatus.Cancelled).Select(o => (Booking: b, Occurrence: o)))
            .Where(x => period.Overlaps(new Slot(x.Occurrence.Start, x.Occurrence.End)))
            .ToArray();
        var booked = held.Sum(x => Within(period, x.Occurrence));
        var checkedIn = held.Where(x => x.Occurrence.Status == OccurrenceStatus.CheckedIn).Sum(x => Within(period, x.Occurrence));

        // Attendance counts only occurrences already over: a future one cannot have been missed yet. A training session's
        // booking has no organization to check in (its attendance is the session's).
        var attendance = held
            .Where(x => x.Occurrence.End <= now && x.Booking.OrganizationId != Guid.Empty)
            .GroupBy(x => x.Booking.OrganizationId)
            .Select(g => new OrganizationAttendance(
                g.Key, g.First().Booking.OrganizationName, g.Count(), g.Count(x => x.Occurrence.Status == OccurrenceStatus.CheckedIn)))
            .OrderBy(a => a.OrganizationName, StringComparer.Ordinal)
            .ToArray();
        return new SpaceUsage(space.Id, from, to, Math.Round(openHours, 2), Math.Round(booked, 2), Math.Round(checkedIn, 2), attendance);
    }

    private static double Within(Slot period, BookingOccurrence occurrence)
    {
        var start = occurrence.Start > period.Start ? occurrence.Start : period.Start;
        var end = occurrence.End < period.End ? occurrence.End : period.End;
        return Math.Max(0, (end - start).TotalHours);
    }
}
