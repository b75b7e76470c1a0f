using System.Globalization;
using Incubator.Client.Infrastructure;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Incubator.Client.Tests;

/// <summary>Times are shown and read in the area's zone: at 23:30 UTC it is already 07:30 the next morning in Beijing.</summary>
public sealed class AreaClockTests
{
    private static readonly DateTimeOffset HalfPastElevenUtc = new(2026, 12, 1, 23, 30, 0, TimeSpan.Zero);

    private static AreaClock Clock(DateTimeOffset now)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        return new AreaClock(new FakeTimeProvider(now), new StringLocalizer<UiText>(factory));
    }

    [Fact]
    public void TodayAndTimesAreBeijingsAtHalfPastElevenUtc()
    {
        var clock = Clock(HalfPastElevenUtc);

        Assert.Equal(new DateOnly(2026, 12, 2), clock.Today);
        Assert.Equal("2026-12-02 07:30", clock.DateTime(HalfPastElevenUtc));
        Assert.Equal("2026-12-02", clock.Date(HalfPastElevenUtc));
        Assert.Equal("07:30", clock.Time(HalfPastElevenUtc));
    }

    [Fact]
    public void ATimeTypedInTheAreaIsStoredAsItsUtcInstant()
    {
        var clock = Clock(HalfPastElevenUtc);

        var stored = clock.ToUtc(new DateOnly(2026, 12, 9), AreaClock.ParseTime("09:00"));

        Assert.Equal(new DateTimeOffset(2026, 12, 9, 1, 0, 0, TimeSpan.Zero), stored);
        Assert.Null(clock.ToUtc(new DateOnly(2026, 12, 9), AreaClock.ParseTime("9点")));
        Assert.Equal(new TimeOnly(21, 30), AreaClock.ParseTime(" 21:30 "));
    }

    [Fact]
    public void AnotherAreasZoneMovesTheDayBoundary()
    {
        var clock = Clock(new DateTimeOffset(2026, 12, 1, 17, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 12, 2), clock.Today);

        clock.Use("Asia/Urumqi");

        Assert.Equal(new DateOnly(2026, 12, 1), clock.Today);
        Assert.Equal("23:30", clock.Time(clock.UtcNow));
    }

    [Theory]
    [InlineData("zh-CN", "2026年12月2日")]
    [InlineData("en", "2 December 2026")]
    public void TheLongFormFollowsTheLanguage(string culture, string expected)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            Assert.Equal(expected, Clock(HalfPastElevenUtc).LongDate(HalfPastElevenUtc));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
