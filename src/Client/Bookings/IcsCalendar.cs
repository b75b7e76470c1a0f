using System.Globalization;
using System.Text;
using Incubator.Bookings;


namespace Incubator.Client.Bookings;

/// <summary>
/// An iCalendar feed (RFC 5545) of an organization's bookings, written by hand: CRLF line endings, lines folded at 75 octets,
/// times in UTC with Z, one VEVENT per occurrence that still holds its slot.
/// </summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar";

    public static string Write(string calendarName, IEnumerable<BookingDto> bookings, DateTimeOffset stamp)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Incubator//Venue bookings//ZH",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            $"X-WR-CALNAME:{Escape(calendarName)}",
        };
        foreach (var booking in bookings.Where(b => b.Status != BookingStatus.Declined))
        {
            foreach (var occurrence in booking.Occurrences.Where(o => o.Status is OccurrenceStatus.Scheduled or OccurrenceStatus.CheckedIn))
            {
                lines.Add("BEGIN:VEVENT");
                lines.Add($"UID:{booking.Id:N}-{occurrence.Index}@incubator");
                lines.Add($"DTSTAMP:{Utc(stamp)}");
                lines.Add($"DTSTART:{Utc(occurrence.Start)}");
                lines.Add($"DTEND:{Utc(occurrence.End)}");
                lines.Add($"SUMMARY:{Escape($"{booking.Purpose} · {booking.SpaceName}")}");
                lines.Add($"LOCATION:{Escape(booking.SpaceName)}");
                lines.Add($"STATUS:{(booking.Status == BookingStatus.Approved ? "CONFIRMED" : "TENTATIVE")}");
                lines.Add("END:VEVENT");
            }
        }

        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(text, line);
        }

        return text.ToString();
    }

    /// <summary>TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11).</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

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
