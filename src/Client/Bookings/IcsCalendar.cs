using System.Globalization;
using System.Text;
using Incubator.Bookings;
using Incubator.Venues;

namespace Incubator.Client.Bookings;

/// <summary>
/// An iCalendar feed (RFC 5545) of bookings, written by hand: CRLF line endings, lines folded at 75 octets, local times
/// with the space's TZID and a VTIMEZONE for every zone used. Each occurrence is one VEVENT, kept after it is cancelled
/// (STATUS:CANCELLED with a higher SEQUENCE) so that a subscribed calendar drops it instead of keeping a stale copy.
/// DTSTAMP is the event's last change, so the same bookings always give the same bytes (and the same ETag).
/// </summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar";

    /// <summary>
    /// The feed of <paramref name="bookings"/>; <paramref name="timeZoneId"/> is the calendar's own zone (the area's),
    /// <paramref name="namesOrganization"/> puts the organization instead of the space in each title (a space's feed).
    /// </summary>
    public static string Write(string calendarName, string timeZoneId, IEnumerable<BookingDto> bookings, DateTimeOffset now, bool namesOrganization = false)
    {
        var events = bookings.SelectMany(b => b.Occurrences.Select(o => (Booking: b, Occurrence: o))).OrderBy(e => e.Occurrence.Start).ToArray();
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Incubator//Venue bookings//ZH",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            $"X-WR-CALNAME:{Escape(calendarName)}",
            $"X-WR-TIMEZONE:{timeZoneId}",
        };
        var fromYear = events.Length == 0 ? now.Year : Math.Min(now.Year, events[0].Occurrence.Start.Year);
        var toYear = events.Length == 0 ? now.Year : Math.Max(now.Year, events.Max(e => e.Occurrence.End.Year));
        foreach (var zone in events.Select(e => e.Booking.TimeZoneId).Prepend(timeZoneId).Distinct(StringComparer.Ordinal))
        {
            lines.AddRange(TimeZoneLines(zone, fromYear, toYear));
        }

        foreach (var (booking, occurrence) in events)
        {
            var modified = LastModified(booking, occurrence);
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{booking.Id:N}-{occurrence.Index}@incubator");
            lines.Add($"DTSTAMP:{Utc(modified)}");
            lines.Add($"CREATED:{Utc(booking.RequestedAt)}");
            lines.Add($"LAST-MODIFIED:{Utc(modified)}");
            lines.Add($"SEQUENCE:{Sequence(booking, occurrence)}");
            lines.Add($"DTSTART;TZID={booking.TimeZoneId}:{Local(occurrence.Start, booking.TimeZoneId)}");
            lines.Add($"DTEND;TZID={booking.TimeZoneId}:{Local(occurrence.End, booking.TimeZoneId)}");
            lines.Add($"SUMMARY:{Escape($"{booking.Purpose} · {(namesOrganization ? booking.OrganizationName : booking.SpaceName)}")}");
            lines.Add($"LOCATION:{Escape(booking.SpaceName)}");
            lines.Add($"STATUS:{Status(booking, occurrence)}");
            lines.Add("END:VEVENT");
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return text.ToString();
    }

    /// <summary>CONFIRMED once approved, TENTATIVE while waiting, CANCELLED when declined, cancelled or released (the slot is free).</summary>
    public static string Status(BookingDto booking, BookingOccurrenceDto occurrence) =>
        Freed(booking, occurrence) ? "CANCELLED" : booking.Status == BookingStatus.Approved ? "CONFIRMED" : "TENTATIVE";

    /// <summary>The event's revision (§3.8.7.4): 0 when requested, one more for the decision and one more when the slot is freed.</summary>
    public static int Sequence(BookingDto booking, BookingOccurrenceDto occurrence) =>
        (booking.DecidedAt is null ? 0 : 1) + (occurrence.Status is OccurrenceStatus.Cancelled or OccurrenceStatus.Released ? 1 : 0);

    public static DateTimeOffset LastModified(BookingDto booking, BookingOccurrenceDto occurrence) =>
        new[] { booking.RequestedAt, booking.DecidedAt ?? DateTimeOffset.MinValue, occurrence.FreedAt ?? DateTimeOffset.MinValue }.Max();

    private static bool Freed(BookingDto booking, BookingOccurrenceDto occurrence) =>
        booking.Status is BookingStatus.Declined or BookingStatus.Cancelled || occurrence.Status is OccurrenceStatus.Cancelled or OccurrenceStatus.Released;

    /// <summary>TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// The zone's definition (§3.6.5) for the years the events lie in: its offset then, and each change of offset within
    /// them found from the system's time zone data, so a zone with daylight saving time is described as exactly as one
    /// without (Asia/Shanghai: one STANDARD at +0800).
    /// </summary>
    private static IEnumerable<string> TimeZoneLines(string timeZoneId, int fromYear, int toYear)
    {
        var zone = VenueTime.Find(timeZoneId);
        var from = new DateTimeOffset(fromYear, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(toYear + 1, 1, 1, 0, 0, 0, TimeSpan.Zero);
        yield return "BEGIN:VTIMEZONE";
        yield return $"TZID:{timeZoneId}";
        var offset = zone.GetUtcOffset(from);
        foreach (var line in Observance(zone.IsDaylightSavingTime(from), "19700101T000000", offset, offset))
        {
            yield return line;
        }

        for (var day = from; day < to; day = day.AddDays(1))
        {
            var next = day.AddDays(1);
            if (zone.GetUtcOffset(next) == offset)
            {
                continue;
            }

            var change = ChangeWithin(zone, day, next, offset);
            var newOffset = zone.GetUtcOffset(change);
            var onset = (change.UtcDateTime + offset).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
            foreach (var line in Observance(zone.IsDaylightSavingTime(change), onset, offset, newOffset))
            {
                yield return line;
            }

            offset = newOffset;
        }

        yield return "END:VTIMEZONE";
    }

    /// <summary>The first minute in [<paramref name="before"/>, <paramref name="after"/>] whose offset is no longer <paramref name="offset"/>.</summary>
    private static DateTimeOffset ChangeWithin(TimeZoneInfo zone, DateTimeOffset before, DateTimeOffset after, TimeSpan offset)
    {
        while (after - before > TimeSpan.FromMinutes(1))
        {
            var middle = before + TimeSpan.FromMinutes(Math.Floor((after - before).TotalMinutes / 2));
            if (zone.GetUtcOffset(middle) == offset)
            {
                before = middle;
            }
            else
            {
                after = middle;
            }
        }

        return after;
    }

    private static IEnumerable<string> Observance(bool daylight, string onset, TimeSpan offsetFrom, TimeSpan offsetTo)
    {
        var kind = daylight ? "DAYLIGHT" : "STANDARD";
        yield return $"BEGIN:{kind}";
        yield return $"DTSTART:{onset}";
        yield return $"TZOFFSETFROM:{Offset(offsetFrom)}";
        yield return $"TZOFFSETTO:{Offset(offsetTo)}";
        yield return $"END:{kind}";
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset instant, string timeZoneId) =>
        VenueTime.ToLocal(instant, timeZoneId).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    /// <summary>Lines longer than 75 octets continue on the next line after CRLF and a space, never splitting a character (§3.1).</summary>
    private static void Fold(StringBuilder text, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }

            text.Append(rune.ToString());
            octets += size;
        }

        text.Append("\r\n");
    }
}
