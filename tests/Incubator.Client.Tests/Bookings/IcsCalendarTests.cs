using System.Text;
using Incubator.Bookings;
using Incubator.Client.Bookings;

namespace Incubator.Client.Tests;

public sealed class IcsCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EveryOccurrenceHoldingItsSlotIsAVeventInUtcWithCrlfLineEndings()
    {
        var booking = Booking(BookingStatus.Approved, "理事会, 年度; 会议",
            (new DateTimeOffset(2026, 4, 1, 7, 30, 0, TimeSpan.FromHours(8)), OccurrenceStatus.Scheduled),
            (new DateTimeOffset(2026, 4, 8, 7, 30, 0, TimeSpan.FromHours(8)), OccurrenceStatus.Cancelled),
            (new DateTimeOffset(2026, 4, 15, 7, 30, 0, TimeSpan.FromHours(8)), OccurrenceStatus.CheckedIn));

        var ics = IcsCalendar.Write("老来乐互助社", [booking, Booking(BookingStatus.Declined, "未批准", (Stamp.AddDays(3), OccurrenceStatus.Scheduled))], Stamp);

        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal));
        var lines = ics.Split("\r\n");
        Assert.Equal(("BEGIN:VCALENDAR", "END:VCALENDAR", ""), (lines[0], lines[^2], lines[^1]));
        Assert.Equal(2, lines.Count(l => l == "BEGIN:VEVENT"));
        // 07:30 in Shanghai on 1 April is 23:30 UTC on 31 March.
        Assert.Contains("DTSTART:20260331T233000Z", lines);
        Assert.Contains("DTEND:20260401T003000Z", lines);
        Assert.Contains("DTSTAMP:20260301T080000Z", lines);
        Assert.Contains($"UID:{booking.Id:N}-0@incubator", lines);
        Assert.Contains($"UID:{booking.Id:N}-2@incubator", lines);
        Assert.Contains(@"SUMMARY:理事会\, 年度\; 会议 · 一号会议室", lines);
        Assert.All(lines.Where(l => l.StartsWith("STATUS:", StringComparison.Ordinal)), l => Assert.Equal("STATUS:CONFIRMED", l));
    }

    [Fact]
    public void LongLinesAreFoldedAt75OctetsWithoutSplittingACharacter()
    {
        var ics = IcsCalendar.Write(new string('社', 60), [], Stamp);

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
        occurrences.Select((o, i) => new BookingOccurrenceDto(i, o.Start, o.Start.AddHours(1), o.Status, null, null)).ToArray());
}
