using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Incubator.Venues;

namespace Incubator.Api.Tests;

/// <summary>Secret calendar feed addresses, read as a calendar app would: no header, parsed by Ical.Net (issue 14, point 5).</summary>
[Collection(ApiTestCollection.Name)]
public sealed class CalendarFeedTests(ApiAppFixture app)
{
    [Fact]
    public async Task AnOrganizationsFeedFollowsItsBookingsWithoutAHeaderAndStopsWhenRenewed()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var organization = await scenario.FileAsync(manager, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var spaceId = (await ApiScenario.PostAsync(manager, "/api/venues", Space(incubatorId)))["id"]!.GetValue<Guid>();
        var day = DateOnly.FromDateTime(VenueTime.ToLocal(DateTimeOffset.UtcNow, VenueTime.DefaultTimeZoneId)).AddDays(5);
        var start = VenueTime.ToUtc(day, new TimeOnly(9, 0), VenueTime.DefaultTimeZoneId)!.Value;
        var bookingId = (await ApiScenario.PostAsync(representative, "/api/bookings",
            new { spaceId, organizationId = organization, purpose = "理事会", oneOff = new { start, end = start.AddHours(2) } }))["id"]!.GetValue<Guid>();
        var before = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/calendar-feed"))!;
        Assert.Null(before["activeSince"]);

        var made = await ApiScenario.PostAsync(representative, $"/api/organizations/{organization}/calendar-feed", new { });
        var url = made["url"]!.GetValue<string>();
        Assert.StartsWith("http://localhost/calendar/organizations/", url);
        Assert.Equal("webcal" + url["http".Length..], made["webcalUrl"]!.GetValue<string>());
        var calendarApp = app.CreateClient();

        var (pending, etag) = await ReadAsync(calendarApp, url);
        Assert.Contains("Asia/Shanghai", pending.TimeZones.Select(z => z.TzId));
        var tentative = Assert.Single(pending.Events);
        Assert.Equal(($"{bookingId:N}-0@incubator", "TENTATIVE", 0), (tentative.Uid, tentative.Status, tentative.Sequence));
        Assert.Equal(("Asia/Shanghai", day.ToDateTime(new TimeOnly(9, 0))), (tentative.Start!.TzId, tentative.Start.Value));
        Assert.Equal(start.UtcDateTime, tentative.Start.AsUtc);
        Assert.Equal(start.AddHours(2).UtcDateTime, tentative.End!.AsUtc);

        var unchanged = new HttpRequestMessage(HttpMethod.Get, url);
        unchanged.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await calendarApp.SendAsync(unchanged)).StatusCode);
        var head = await calendarApp.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Equal((HttpStatusCode.OK, etag), (head.StatusCode, head.Headers.ETag));
        Assert.True(head.Content.Headers.ContentLength > 0);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());

        await ApiScenario.PostAsync(manager, $"/api/bookings/{spaceId}/{bookingId}/decision", new { approve = true });
        var (approved, approvedTag) = await ReadAsync(calendarApp, url);
        var confirmed = Assert.Single(approved.Events);
        Assert.Equal(("CONFIRMED", 1), (confirmed.Status, confirmed.Sequence));
        Assert.NotEqual(etag, approvedTag);
        Assert.True(confirmed.LastModified!.AsUtc >= tentative.LastModified!.AsUtc);

        await ApiScenario.PostAsync(representative, $"/api/bookings/{spaceId}/{bookingId}/occurrences/0/cancel", new { });
        var cancelled = Assert.Single((await ReadAsync(calendarApp, url)).Calendar.Events);
        Assert.Equal(("CANCELLED", 2), (cancelled.Status, cancelled.Sequence));

        var renewed = await ApiScenario.PostAsync(manager, $"/api/organizations/{organization}/calendar-feed", new { });
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(url)).StatusCode);
        Assert.Single((await ReadAsync(calendarApp, renewed["url"]!.GetValue<string>())).Calendar.Events);
        Assert.NotNull(JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/calendar-feed"))!["activeSince"]);

        var audit = JsonNode.Parse(await scenario.Admin.GetStringAsync("/api/audit?action=calendarFeedRenewed&pageSize=100"))!["items"]!.AsArray();
        Assert.Equal(2, audit.Count(e => e!["target"]!.GetValue<string>() == $"organization/{organization:N}"));
    }

    [Fact]
    public async Task ASpacesFeedIsForItsManagerAndNamesTheOrganizations()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var name = $"老来乐互助社{Guid.NewGuid():N}"[..12];
        var organization = await scenario.FileAsync(manager, incubatorId, name: name);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var spaceId = (await ApiScenario.PostAsync(manager, "/api/venues", Space(incubatorId)))["id"]!.GetValue<Guid>();
        var start = DateTimeOffset.UtcNow.Date.AddDays(3).AddHours(2);
        await ApiScenario.PostAsync(manager, "/api/bookings",
            new { spaceId, organizationId = organization, purpose = "议事会", oneOff = new { start = new DateTimeOffset(start, TimeSpan.Zero), end = new DateTimeOffset(start.AddHours(1), TimeSpan.Zero) } });

        await ApiScenario.ProblemAsync(await representative.PostAsJsonAsync($"/api/venues/{spaceId}/calendar-feed", new { }), HttpStatusCode.Forbidden);
        var made = await ApiScenario.PostAsync(manager, $"/api/venues/{spaceId}/calendar-feed", new { });
        var url = made["url"]!.GetValue<string>();
        Assert.Contains($"/calendar/spaces/{spaceId:N}/", url);

        var calendarApp = app.CreateClient();
        var booked = Assert.Single((await ReadAsync(calendarApp, url)).Calendar.Events);
        Assert.Equal($"议事会 · {name}", booked.Summary);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(url.Replace($"{spaceId:N}", $"{Guid.NewGuid():N}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(url[..^10] + "AAAAAA.ics")).StatusCode);
    }

    private static async Task<(Calendar Calendar, EntityTagHeaderValue ETag)> ReadAsync(HttpClient calendarApp, string url)
    {
        var response = await calendarApp.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return (Calendar.Load(await response.Content.ReadAsStringAsync())!, response.Headers.ETag!);
    }

    private static object Space(Guid incubatorId) => new
    {
        incubatorId,
        kind = "MeetingRoom",
        name = $"会议室{Guid.NewGuid():N}"[..10],
        capacity = 30,
        openingHours = Enum.GetNames<DayOfWeek>().Select(day => new { day, opens = "00:00:00", closes = "23:59:00" }),
    };
}
