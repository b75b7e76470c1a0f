using System.Text;
using Incubator.Bookings;
using Incubator.Client.Bookings;

namespace Incubator.Client.Tests;

public sealed class IcsCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EveryOccurrenceIsAVeventInTheSpacesLocalTimeWithItsStatusSequenceAndLastChange()
    {
        var booking = Booking(BookingStatus.Approved, "理事会, 年度; 会议",
            (new DateTimeOffset(2026, 4, 1, 7, 30, 0, TimeSpan.FromHours(8)), OccurrenceStatus.Scheduled),
            (new DateTimeOffset(2026, 4, 8, 7, 30, 0, TimeSpan.FromHours(8)), OccurrenceStatus.Cancelled),
            (new DateTimeOffset(2026, 4, 15, 7, 30, 0, TimeSpan.FromHours(8)), OccurrenceStatus.CheckedIn)) with { DecidedAt = Stamp.AddHours(1) };
        var declined = Booking(BookingStatus.Declined, "未批准", (Stamp.AddDays(3), OccurrenceStatus.Scheduled)) with { DecidedAt = Stamp.AddHours(2) };
        var pending = Booking(BookingStatus.Pending, "待定", (Stamp.AddDays(4), OccurrenceStatus.Scheduled));

        var ics = IcsCalendar.Write("老来乐互助社", "Asia/Shanghai", [booking, declined, pending], Stamp);

        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal));
        var lines = ics.Split("\r\n");
        Assert.Equal(("BEGIN:VCALENDAR", "END:VCALENDAR", ""), (lines[0], lines[^2], lines[^1]));
        Assert.Equal(5, lines.Count(l => l == "BEGIN:VEVENT"));
        Assert.Equal(1, lines.Count(l => l == "BEGIN:VTIMEZONE"));
        Assert.Contains("TZOFFSETTO:+0800", lines);
        Assert.Contains("DTSTART;TZID=Asia/Shanghai:20260401T073000", lines);
        Assert.Contains("DTEND;TZID=Asia/Shanghai:20260401T083000", lines);
        Assert.Contains($"UID:{booking.Id:N}-1@incubator", lines);
        Assert.Contains(@"SUMMARY:理事会\, 年度\; 会议 · 一号会议室", lines);
        Assert.Equal(
            ["CONFIRMED", "CANCELLED", "CONFIRMED", "CANCELLED", "TENTATIVE"],
            Events(lines, booking, declined, pending).Select(e => e.Status));
        Assert.Equal([1, 2, 1, 1, 0], Events(lines, booking, declined, pending).Select(e => e.Sequence));
        Assert.Contains("LAST-MODIFIED:20260301T090000Z", lines);
    }

    [Fact]
    public void TheSameBookingsGiveTheSameBytesWhateverTheHour()
    {
        var booking = Booking(BookingStatus.Pending, "例会", (Stamp.AddDays(2), OccurrenceStatus.Scheduled));
        Assert.Equal(IcsCalendar.Write("社", "Asia/Shanghai", [booking], Stamp), IcsCalendar.Write("社", "Asia/Shanghai", [booking], Stamp.AddHours(5)));
    }

    [Fact]
    public void AZoneWithDaylightSavingTimeListsEachChangeOfOffset()
    {
        var booking = Booking(BookingStatus.Approved, "会议", (new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.FromHours(2)), OccurrenceStatus.Scheduled)) with
        {
            TimeZoneId = "Europe/Berlin",
        };

        var lines = IcsCalendar.Write("社", "Asia/Shanghai", [booking], Stamp).Split("\r\n");

        Assert.Equal(2, lines.Count(l => l == "BEGIN:VTIMEZONE"));
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20260701T090000", lines);
        // 2026: summer time from 29 March 02:00 (+0100 to +0200) to 25 October 03:00.
        Assert.Contains("DTSTART:20260329T020000", lines);
        Assert.Contains("DTSTART:20261025T030000", lines);
    }

    [Fact]
    public void LongLinesAreFoldedAt75OctetsWithoutSplittingACharacter()
    {
        var ics = IcsCalendar.Write(new string('社', 60), "Asia/Shanghai", [], Stamp);

        var lines = ics.Split("\r\n");
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains($"X-WR-CALNAME:{new string('社', 60)}\r\n", unfolded);
    }

    [Fact]
    public void TextValuesEscapeBackslashesSemicolonsCommasAndNewlines() =>
        Assert.Equal(@"a\\b\;c\,d\ne", IcsCalendar.Escape("a\\b;c,d\ne"));

    private static BookingDto Booking(BookingStatus status, string purpose, params (DateTimeOffset Start, OccurrenceStatus Status)[] occurrences) => new(
        Guid.NewGuid(), Guid.NewGuid(), "一号会议室", Guid.NewGuid(), Guid.NewGuid(), "老来乐互助社", purpose, occurrences.Length > 1, status, null,
        Stamp, "王芳", null, null, "Asia/Shanghai",
        occurrences.Select((o, i) => new BookingOccurrenceDto(i, o.Start, o.Start.AddHours(1), o.Status, null, null, null)).ToArray());

    /// <summary>Each event's STATUS and SEQUENCE, in the order of the bookings' occurrences.</summary>
    private static IEnumerable<(string Status, int Sequence)> Events(string[] lines, params BookingDto[] bookings) =>
        bookings.SelectMany(b => b.Occurrences.Select(o =>
        {
            var at = Array.IndexOf(lines, $"UID:{b.Id:N}-{o.Index}@incubator");
            var block = lines.Skip(at).TakeWhile(l => l != "END:VEVENT").ToArray();
            return (block.Single(l => l.StartsWith("STATUS:", StringComparison.Ordinal))[7..],
                int.Parse(block.Single(l => l.StartsWith("SEQUENCE:", StringComparison.Ordinal))[9..], System.Globalization.CultureInfo.InvariantCulture));
        }));
}
