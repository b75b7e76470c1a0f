using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Common;
using Incubator.Testing;
using Incubator.Training;
using Incubator.Venues;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class TrainingApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task AttendanceGivesTheOrganizationItsHoursTheGateItemAndACertificateOnlyForTheAttendee()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var organization = await scenario.FileAsync(manager, incubatorId);
        var neighbour = await scenario.FileAsync(manager, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var courseId = await CreateCourseAsync(manager, incubatorId, hoursPerSession: 8);
        var sessionId = await ScheduleAsync(manager, courseId, startsInHours: -1, capacity: 5);

        var own = await ApiScenario.PostAsync(representative, $"/api/sessions/{sessionId}/enrollments", new { organizationId = organization });
        var other = await ApiScenario.PostAsync(manager, $"/api/sessions/{sessionId}/enrollments", new { organizationId = neighbour });
        Assert.Equal("Enrolled", own["status"]!.GetValue<string>());
        var attended = await ApiScenario.PostAsync(manager, $"/api/sessions/{sessionId}/enrollments/{Id(own)}/attendance", new { attended = true });
        await ApiScenario.PostAsync(manager, $"/api/sessions/{sessionId}/enrollments/{Id(other)}/attendance", new { attended = false });

        var training = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/training"))!;
        Assert.Equal((8m, 8m), (training["attendedHours"]!.GetValue<decimal>(), training["requiredHours"]!.GetValue<decimal>()));
        Assert.Equal(sessionId, Assert.Single(training["sessions"]!.AsArray())!["sessionId"]!.GetValue<Guid>());
        var gate = JsonNode.Parse(await manager.GetStringAsync($"/api/organizations/{organization}/graduation-gate"))!.AsArray();
        var item = gate.Single(i => i!["item"]!.GetValue<string>() == "TrainingCompleted")!;
        Assert.Equal((true, true), (item["met"]!.GetValue<bool>(), item["computed"]!.GetValue<bool>()));
        var timeline = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/timeline"))!["entries"]!.AsArray();
        Assert.Equal(["TrainingAttended", "TrainingEnrolled", "Filed"], timeline.Select(e => e!["action"]!.GetValue<string>()));

        var number = attended["certificateNumber"]!.GetValue<string>();
        var certificate = JsonNode.Parse(await representative.GetStringAsync($"/api/sessions/{sessionId}/enrollments/{Id(own)}/certificate"))!;
        Assert.Equal((number, 8m), (certificate["certificateNumber"]!.GetValue<string>(), certificate["hours"]!.GetValue<decimal>()));
        var page = await representative.GetStringAsync($"/training/certificates/{sessionId}/{Id(own)}");
        Assert.Contains(number, page);
        Assert.Contains("data-testid=\"certificate\"", page);

        await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/sessions/{sessionId}/enrollments/{Id(other)}/certificate"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await representative.GetAsync($"/api/sessions/{sessionId}/enrollments/{Id(other)}/certificate"), HttpStatusCode.NotFound);
        var absentPage = await manager.GetStringAsync($"/training/certificates/{sessionId}/{Id(other)}");
        Assert.Contains("data-testid=\"certificate-missing\"", absentPage);
        Assert.DoesNotContain("data-testid=\"certificate\"", absentPage);
    }

    [Fact]
    public async Task RepresentativesWorkOnlyForTheirOwnOrganizationAndSocialWorkersOnlyForThemselves()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (_, elsewhere) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        var foreign = await scenario.FileAsync(scenario.Admin, elsewhere);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var foreignRepresentative = await scenario.AccountAsync("OrganizationRepresentative", foreign);
        var socialWorker = await scenario.AccountAsync("SocialWorker", null);
        var courseId = await CreateCourseAsync(scenario.Admin, incubatorId, hoursPerSession: 2);
        var sessionId = await ScheduleAsync(scenario.Admin, courseId, startsInHours: 48, capacity: 1);

        await ApiScenario.ProblemAsync(await foreignRepresentative.GetAsync($"/api/sessions/{sessionId}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await foreignRepresentative.GetAsync($"/api/courses/{courseId}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await foreignRepresentative.GetAsync($"/api/organizations/{organization}/training"), HttpStatusCode.NotFound);
        var notHis = await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync($"/api/sessions/{sessionId}/enrollments", new { organizationId = foreign }), HttpStatusCode.NotFound);
        Assert.Equal("organizationId", notHis["field"]!.GetValue<string>());
        await ApiScenario.ProblemAsync(await representative.PostAsJsonAsync("/api/courses", Course(incubatorId, 2)), HttpStatusCode.Forbidden);

        var seated = await ApiScenario.PostAsync(representative, $"/api/sessions/{sessionId}/enrollments", new { organizationId = organization });
        var himself = await ApiScenario.PostAsync(socialWorker, $"/api/sessions/{sessionId}/enrollments", new { });
        Assert.Equal(("SocialWorker", "Waitlisted", 1), (himself["kind"]!.GetValue<string>(), himself["status"]!.GetValue<string>(), himself["waitlistPosition"]!.GetValue<int>()));
        await ApiScenario.ProblemAsync(
            await socialWorker.PostAsJsonAsync($"/api/sessions/{sessionId}/enrollments", new { organizationId = organization }), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(
            await socialWorker.PostAsJsonAsync($"/api/sessions/{sessionId}/enrollments/{Id(seated)}/withdrawal", new { }), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync($"/api/sessions/{sessionId}/enrollments/{Id(seated)}/attendance", new { attended = true }), HttpStatusCode.Forbidden);
        Assert.Equal([Id(seated)], Ids(await representative.GetStringAsync($"/api/sessions/{sessionId}/enrollments")));

        await ApiScenario.PostAsync(representative, $"/api/sessions/{sessionId}/enrollments/{Id(seated)}/withdrawal", new { });

        var mine = JsonNode.Parse(await socialWorker.GetStringAsync($"/api/sessions/{sessionId}/enrollments"))!.AsArray();
        Assert.Equal((Id(himself), "Enrolled"), (Assert.Single(mine)!["id"]!.GetValue<Guid>(), mine[0]!["status"]!.GetValue<string>()));
        var hours = JsonNode.Parse(await socialWorker.GetStringAsync("/api/people/me/training"))!;
        Assert.Equal(0m, hours["attendedHours"]!.GetValue<decimal>());
        await ApiScenario.ProblemAsync(await socialWorker.GetAsync("/api/people/someone-else/training"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BadTrainingInputIsA400NamingEachField()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var course = await ApiScenario.ProblemAsync(
            await manager.PostAsJsonAsync("/api/courses", new { incubatorId, title = " ", hoursPerSession = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal(["hoursPerSession", "title", "topic"], Fields(course));

        var courseId = await CreateCourseAsync(manager, incubatorId, hoursPerSession: 3);
        var now = DateTimeOffset.UtcNow;
        var session = await ApiScenario.ProblemAsync(
            await manager.PostAsJsonAsync($"/api/courses/{courseId}/sessions", new { startsAt = now.AddDays(1), endsAt = now, capacity = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal(["capacity", "endsAt", "spaceId", "trainer"], Fields(session));

        var sessionId = await ScheduleAsync(manager, courseId, startsInHours: -1, capacity: 2);
        var enroll = await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync($"/api/sessions/{sessionId}/enrollments", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(["organizationId"], Fields(enroll));
        var organization = await scenario.FileAsync(manager, incubatorId);
        var enrolled = await ApiScenario.PostAsync(manager, $"/api/sessions/{sessionId}/enrollments", new { organizationId = organization });
        var attendance = await ApiScenario.ProblemAsync(
            await manager.PostAsJsonAsync($"/api/sessions/{sessionId}/enrollments/{Id(enrolled)}/attendance", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(["attended"], Fields(attendance));
    }

    [Fact]
    public async Task ASocialWorkersNameIsMaskedForReadersOutsideTheCourse()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var leader = await scenario.AccountAsync("DistrictLeader", districtId);
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var userName = $"sw{Guid.NewGuid():N}"[..12];
        await ApiScenario.PostAsync(scenario.Admin, "/api/accounts", new { userName, displayName = "李晓红", password = ApiScenario.Password, role = "SocialWorker" });
        var socialWorker = await app.ClientForAsync(userName, ApiScenario.Password);
        var sessionId = await ScheduleAsync(scenario.Admin, await CreateCourseAsync(scenario.Admin, incubatorId, hoursPerSession: 2), startsInHours: 48, capacity: 5);
        await ApiScenario.PostAsync(socialWorker, $"/api/sessions/{sessionId}/enrollments", new { });

        string Name(string json) => JsonNode.Parse(json)!.AsArray().Single()!["enrolleeName"]!.GetValue<string>();
        Assert.Equal("李**", Name(await leader.GetStringAsync($"/api/sessions/{sessionId}/enrollments")));
        Assert.Equal("李晓红", Name(await manager.GetStringAsync($"/api/sessions/{sessionId}/enrollments")));
        Assert.Equal("李晓红", Name(await socialWorker.GetStringAsync($"/api/sessions/{sessionId}/enrollments")));
    }

    private static object Course(Guid incubatorId, decimal hoursPerSession) =>
        new { incubatorId, title = $"志愿者管理{Guid.NewGuid():N}"[..12], topic = "志愿服务", description = "招募、培训与激励", hoursPerSession };

    private static async Task<Guid> CreateCourseAsync(HttpClient client, Guid incubatorId, decimal hoursPerSession) =>
        Id(await ApiScenario.PostAsync(client, "/api/courses", Course(incubatorId, hoursPerSession)));

    /// <summary>
    /// A two-hour session. Ahead: through the API, in a new space of the course's incubator, 10:00 Beijing on the day
    /// <paramref name="startsInHours"/> reaches. Already started (the API runs on real time and books nothing in the past):
    /// an older session with a typed place, scheduled by its grain an hour ago.
    /// </summary>
    private async Task<Guid> ScheduleAsync(HttpClient client, Guid courseId, int startsInHours, int capacity)
    {
        if (startsInHours < 0)
        {
            return await ApiScenario.StartedSessionAsync(app, courseId, capacity);
        }

        var incubatorId = JsonNode.Parse(await client.GetStringAsync($"/api/courses/{courseId}"))!["incubatorId"]!.GetValue<Guid>();
        var spaceId = await CreateSpaceAsync(client, incubatorId);
        var day = DateOnly.FromDateTime(VenueTime.ToLocal(DateTimeOffset.UtcNow, VenueTime.DefaultTimeZoneId)).AddDays(Math.Max(1, startsInHours / 24));
        return await ApiScenario.SessionAheadAsync(client, courseId, spaceId, day, capacity);
    }

    private static async Task<Guid> CreateSpaceAsync(HttpClient client, Guid incubatorId) =>
        Id(await ApiScenario.PostAsync(client, "/api/venues", new
        {
            incubatorId,
            kind = "ActivityHall",
            name = $"培训室{Guid.NewGuid():N}"[..10],
            capacity = 40,
            openingHours = Enum.GetNames<DayOfWeek>().Select(day => new { day, opens = "08:00:00", closes = "21:00:00" }),
            equipment = Array.Empty<string>(),
        }));

    private static Guid Id(JsonObject created) => created["id"]!.GetValue<Guid>();

    private static Guid[] Ids(string json) => JsonNode.Parse(json)!.AsArray().Select(e => e!["id"]!.GetValue<Guid>()).ToArray();

    private static string[] Fields(JsonObject problem) => problem["errors"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
}
