using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;
using Incubator.Venues;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class VenueApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task ARepresentativeBooksTheManagerApprovesAndTheBookingReachesTheTimelineAndTheCalendarFeed()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var organization = await scenario.FileAsync(manager, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var spaceId = await CreateSpaceAsync(manager, incubatorId);
        Assert.Contains(JsonNode.Parse(await representative.GetStringAsync("/api/venues"))!.AsArray(), s => s!["id"]!.GetValue<Guid>() == spaceId);
        var day = LocalDay(5);

        var requested = await ApiScenario.PostAsync(representative, "/api/bookings", OneOff(spaceId, organization, day, 9, 11, "理事会, 年度会议; 第一次"));
        var bookingId = requested["id"]!.GetValue<Guid>();
        Assert.Equal("Pending", requested["status"]!.GetValue<string>());
        var pending = JsonNode.Parse(await manager.GetStringAsync("/api/bookings/pending"))!.AsArray();
        Assert.Contains(pending, b => b!["id"]!.GetValue<Guid>() == bookingId);
        await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync($"/api/bookings/{spaceId}/{bookingId}/decision", new { approve = true }), HttpStatusCode.Forbidden);

        var approved = await ApiScenario.PostAsync(manager, $"/api/bookings/{spaceId}/{bookingId}/decision", new { approve = true, reason = "同意" });
        Assert.Equal("Approved", approved["status"]!.GetValue<string>());
        var taken = await ApiScenario.ProblemAsync(
            await manager.PostAsJsonAsync("/api/bookings", OneOff(spaceId, organization, day, 10, 12, "培训")), HttpStatusCode.Conflict);
        Assert.Equal("slot", taken["field"]!.GetValue<string>());

        var own = JsonNode.Parse(await representative.GetStringAsync($"/api/bookings?organizationId={organization}"))!.AsArray();
        Assert.Equal("Approved", Assert.Single(own)!["status"]!.GetValue<string>());
        var timeline = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/timeline"))!["entries"]!.AsArray();
        Assert.Equal(["BookingApproved", "BookingRequested"], timeline.Take(2).Select(e => e!["action"]!.GetValue<string>()));

        var week = JsonNode.Parse(await representative.GetStringAsync($"/api/venues/{spaceId}/week?date={day:yyyy-MM-dd}"))!;
        var entry = Assert.Single(week["entries"]!.AsArray())!;
        Assert.Equal(("Approved", "09:00"), (entry["bookingStatus"]!.GetValue<string>(), entry["localStart"]!.GetValue<DateTime>().ToString("HH:mm")));

        var feed = await representative.GetAsync($"/api/organizations/{organization}/bookings.ics");
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var ics = await feed.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        Assert.Contains($"DTSTART;TZID=Asia/Shanghai:{day:yyyyMMdd}T090000\r\n", ics);
        Assert.Contains($"DTEND;TZID=Asia/Shanghai:{day:yyyyMMdd}T110000\r\n", ics);
        Assert.Contains($"UID:{bookingId:N}-0@incubator\r\n", ics);
        Assert.Contains("SUMMARY:理事会\\, 年度会议\\; 第一次", ics);
        Assert.Contains("STATUS:CONFIRMED", ics);
        Assert.Contains("DTSTAMP:", ics);

        var cancelled = await ApiScenario.PostAsync(representative, $"/api/bookings/{spaceId}/{bookingId}/occurrences/0/cancel", new { restOfSeries = false });
        Assert.Equal("Cancelled", cancelled["occurrences"]![0]!["status"]!.GetValue<string>());
        var afterCancelling = await representative.GetStringAsync($"/api/organizations/{organization}/bookings.ics");
        Assert.Contains("STATUS:CANCELLED\r\n", afterCancelling);
        Assert.Contains("SEQUENCE:2\r\n", afterCancelling);
    }

    [Fact]
    public async Task BadBookingInputIsA400NamingTheField()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        var spaceId = await CreateSpaceAsync(scenario.Admin, incubatorId);
        var day = LocalDay(3);

        async Task<string[]> FieldsAsync(object body)
        {
            var problem = await ApiScenario.ProblemAsync(await scenario.Admin.PostAsJsonAsync("/api/bookings", body), HttpStatusCode.BadRequest);
            return problem["errors"]!.AsObject().Select(e => e.Key).ToArray();
        }

        Assert.Equal(["end"], await FieldsAsync(OneOff(spaceId, organization, day, 11, 9, "会议")));
        Assert.Equal(["start"], await FieldsAsync(OneOff(spaceId, organization, day, 6, 8, "晨练")));
        Assert.Equal(["spaceId"], await FieldsAsync(OneOff(Guid.NewGuid(), organization, day, 9, 10, "会议")));
        Assert.Equal(["purpose"], await FieldsAsync(OneOff(spaceId, organization, day, 9, 10, " ")));
        Assert.Equal(["weeks"], await FieldsAsync(new
        {
            spaceId, organizationId = organization, purpose = "每周活动",
            weekly = new { weekday = "Tuesday", start = "09:00:00", end = "10:00:00", from = day.ToString("yyyy-MM-dd"), weeks = 60 },
        }));
        var space = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync("/api/venues", new { incubatorId, kind = "MeetingRoom", name = "会议室", capacity = 0, openingHours = Array.Empty<object>() }),
            HttpStatusCode.BadRequest);
        Assert.Equal(["capacity", "openingHours"], space["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task OutsideItsScopeAUserFindsNothingAndWithReadOnlyAccessHeIsRefused()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (_, elsewhere) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        var neighbour = await scenario.FileAsync(scenario.Admin, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var neighbourRepresentative = await scenario.AccountAsync("OrganizationRepresentative", neighbour);
        var foreignManager = await scenario.AccountAsync("IncubatorManager", elsewhere);
        var leader = await scenario.AccountAsync("DistrictLeader", districtId);
        var spaceId = await CreateSpaceAsync(scenario.Admin, incubatorId);
        var booking = await ApiScenario.PostAsync(representative, "/api/bookings", OneOff(spaceId, organization, LocalDay(4), 14, 15, "小组活动"));
        var bookingId = booking["id"]!.GetValue<Guid>();

        await ApiScenario.ProblemAsync(await foreignManager.GetAsync($"/api/venues/{spaceId}"), HttpStatusCode.NotFound);
        Assert.Empty(JsonNode.Parse(await foreignManager.GetStringAsync($"/api/venues?incubatorId={incubatorId}"))!.AsArray());
        await ApiScenario.ProblemAsync(await foreignManager.GetAsync($"/api/bookings/{spaceId}/{bookingId}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await foreignManager.GetAsync($"/api/organizations/{organization}/bookings.ics"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await neighbourRepresentative.GetAsync($"/api/bookings/{spaceId}/{bookingId}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await neighbourRepresentative.GetAsync($"/api/bookings?organizationId={organization}"), HttpStatusCode.NotFound);
        var forOther = await ApiScenario.ProblemAsync(
            await neighbourRepresentative.PostAsJsonAsync("/api/bookings", OneOff(spaceId, organization, LocalDay(4), 16, 17, "冒名")), HttpStatusCode.NotFound);
        Assert.Equal("organizationId", forOther["field"]!.GetValue<string>());
        var week = JsonNode.Parse(await neighbourRepresentative.GetStringAsync($"/api/venues/{spaceId}/week?date={LocalDay(4):yyyy-MM-dd}"))!;
        var hidden = Assert.Single(week["entries"]!.AsArray())!;
        Assert.Null(hidden["organizationName"]);

        await ApiScenario.ProblemAsync(await representative.PutAsJsonAsync($"/api/venues/{spaceId}", SpaceBody(incubatorId)), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await representative.PostAsJsonAsync("/api/venues", SpaceBody(incubatorId)), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(
            await leader.PostAsJsonAsync($"/api/bookings/{spaceId}/{bookingId}/decision", new { approve = true }), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(
            await leader.PostAsJsonAsync($"/api/bookings/{spaceId}/{bookingId}/occurrences/0/cancel", new { restOfSeries = false }), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await representative.GetAsync($"/api/venues/utilization?incubatorId={incubatorId}"), HttpStatusCode.Forbidden);
        Assert.Empty(JsonNode.Parse(await leader.GetStringAsync("/api/bookings/pending"))!.AsArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/venues")).StatusCode);
    }

    [Fact]
    public async Task AnUnbookedSpaceIsListedAsIdleWithTheSuggestionToShareIt()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var spaceId = await CreateSpaceAsync(manager, incubatorId);

        var report = JsonNode.Parse(await manager.GetStringAsync($"/api/venues/idle?incubatorId={incubatorId}"))!;
        var idle = Assert.Single(report["idleSpaces"]!.AsArray())!;
        Assert.Equal((spaceId, true, 0.0), (idle["space"]!["id"]!.GetValue<Guid>(), idle["suggestSharing"]!.GetValue<bool>(), idle["bookedRatio"]!.GetValue<double>()));
        var rows = JsonNode.Parse(await manager.GetStringAsync($"/api/venues/utilization?incubatorId={incubatorId}&period=Month&periods=2"))!.AsArray();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.True(r!["usage"]!["openHours"]!.GetValue<double>() > 0));
    }

    [Fact]
    public async Task ABookingRequestWaitsInTheManagersInboxUntilDecided()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var organization = await scenario.FileAsync(manager, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var spaceId = await CreateSpaceAsync(manager, incubatorId);

        var bookingId = (await ApiScenario.PostAsync(representative, "/api/bookings", OneOff(spaceId, organization, LocalDay(4), 14, 16, "志愿者培训")))["id"]!.GetValue<Guid>();
        var inbox = JsonNode.Parse(await manager.GetStringAsync("/api/inbox"))!.AsArray();
        Assert.Single(inbox, i => i!["kind"]!.GetValue<string>() == "BookingRequest" && i["organizationId"]!.GetValue<Guid>() == organization);

        await ApiScenario.PostAsync(manager, $"/api/bookings/{spaceId}/{bookingId}/decision", new { approve = false, reason = "当天场地检修" });
        inbox = JsonNode.Parse(await manager.GetStringAsync("/api/inbox"))!.AsArray();
        Assert.DoesNotContain(inbox, i => i!["kind"]!.GetValue<string>() == "BookingRequest");
    }

    private static DateOnly LocalDay(int daysAhead) =>
        DateOnly.FromDateTime(VenueTime.ToLocal(DateTimeOffset.UtcNow, VenueTime.DefaultTimeZoneId)).AddDays(daysAhead);

    private static async Task<Guid> CreateSpaceAsync(HttpClient client, Guid incubatorId) =>
        (await ApiScenario.PostAsync(client, "/api/venues", SpaceBody(incubatorId)))["id"]!.GetValue<Guid>();

    private static object SpaceBody(Guid incubatorId) => new
    {
        incubatorId,
        kind = "MeetingRoom",
        name = $"会议室{Guid.NewGuid():N}"[..10],
        capacity = 30,
        openingHours = Enum.GetNames<DayOfWeek>().Select(day => new { day, opens = "08:00:00", closes = "21:00:00" }),
        equipment = new[] { "投影仪" },
    };

    private static object OneOff(Guid spaceId, Guid organizationId, DateOnly day, int fromHour, int toHour, string purpose) => new
    {
        spaceId,
        organizationId,
        purpose,
        oneOff = new
        {
            start = new DateTimeOffset(day.ToDateTime(new TimeOnly(fromHour, 0)), TimeSpan.FromHours(8)),
            end = new DateTimeOffset(day.ToDateTime(new TimeOnly(toHour, 0)), TimeSpan.FromHours(8)),
        },
    };
}
