using System.Globalization;
using Incubator.Common;
using Incubator.Venues;

namespace Incubator.Bookings;

/// <summary>Turns a booking request into UTC slots and checks them against a space's opening hours; no cluster needed.</summary>
public static class BookingRules
{
    /// <summary>The request's slots in UTC, first first; throws Invalid naming the field when one is in the past or outside opening hours.</summary>
    public static IReadOnlyList<Slot> Expand(RequestBooking request, SpaceRecord space, DateTimeOffset now)
    {
        var slots = request switch
        {
            { OneOff: { } once } => [new Slot(once.Start.ToUniversalTime(), once.End.ToUniversalTime())],
            { Weekly: { } weekly } => ExpandWeekly(weekly, space.TimeZoneId),
            _ => throw DomainException.Invalid("schedule", ErrorCodes.BookingOneSchedule),
        };

        if (slots[0].Start < now)
        {
            throw DomainException.Invalid(request.OneOff is null ? "from" : "start", ErrorCodes.BookingInPast);
        }

        foreach (var slot in slots)
        {
            if (!WithinOpeningHours(slot, space))
            {
                throw DomainException.Invalid(
                    "start", ErrorCodes.BookingOutsideHours, ErrorArg.Text("slot", Describe(slot, space.TimeZoneId)), ErrorArg.Text("space", space.Name));
            }
        }

        return slots;
    }

    /// <summary>One slot per week on the weekday, from the first such day on or after From; local times in the space's zone.</summary>
    public static IReadOnlyList<Slot> ExpandWeekly(WeeklySlot weekly, string timeZoneId)
    {
        var first = weekly.From.AddDays(((int)weekly.Weekday - (int)weekly.From.DayOfWeek + 7) % 7);
        var slots = new List<Slot>();
        for (var week = 0; week < RequestBooking.MaxWeeks; week++)
        {
            var day = first.AddDays(7 * week);
            if ((weekly.Weeks is { } weeks && week >= weeks) || (weekly.Until is { } until && day > until))
            {
                break;
            }

            var start = VenueTime.ToUtc(day, weekly.Start, timeZoneId);
            var end = VenueTime.ToUtc(day, weekly.End, timeZoneId);
            if (start is null || end is null)
            {
                throw DomainException.Invalid(
                    "start",
                    ErrorCodes.BookingSkippedTime,
                    ErrorArg.Date("day", day),
                    ErrorArg.Text("time", weekly.Start.ToString("HH:mm", CultureInfo.InvariantCulture)),
                    ErrorArg.Text("timeZone", timeZoneId));
            }

            slots.Add(new Slot(start.Value, end.Value));
        }

        return slots.Count > 0
            ? slots
            : throw DomainException.Invalid(
                "until",
                ErrorCodes.BookingNoSuchWeekday,
                ErrorArg.Label("weekday", weekly.Weekday, "Weekday"),
                ErrorArg.Date("from", weekly.From),
                ErrorArg.Text("until", weekly.Until?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    /// <summary>The slot lies within one local day's opening hours.</summary>
    public static bool WithinOpeningHours(Slot slot, SpaceRecord space)
    {
        var start = VenueTime.ToLocal(slot.Start, space.TimeZoneId);
        var end = VenueTime.ToLocal(slot.End, space.TimeZoneId);
        if (start.Date != end.Date)
        {
            return false;
        }

        var hours = space.OpeningHours.FirstOrDefault(h => h.Day == start.DayOfWeek);
        return hours is not null && hours.Opens <= TimeOnly.FromDateTime(start) && TimeOnly.FromDateTime(end) <= hours.Closes;
    }

    /// <summary>"2026-03-31 09:00–11:00" in the zone, for messages and the timeline.</summary>
    public static string Describe(Slot slot, string timeZoneId) =>
        $"{VenueTime.ToLocal(slot.Start, timeZoneId):yyyy-MM-dd HH:mm}–{VenueTime.ToLocal(slot.End, timeZoneId):HH:mm}";

    private static string DescribeHours(SpaceRecord space) =>
        string.Join(", ", space.OpeningHours.Select(h => $"{h.Day} {h.Opens:HH\\:mm}–{h.Closes:HH\\:mm}"));
}
