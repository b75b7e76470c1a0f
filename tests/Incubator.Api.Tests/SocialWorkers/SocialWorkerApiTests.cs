using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class SocialWorkerApiTests(ApiAppFixture app)
{
    private const string Phone = "13912345678";

    [Fact]
    public async Task AManagerRegistersACertifiedSocialWorkerWhoSeesOnlyHisOwnRecord()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (_, communityId) = await SubdistrictWithCommunityAsync(scenario, districtId);
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var officer = await scenario.AccountAsync("PartyBuildingOfficer", incubatorId);
        var leader = await scenario.AccountAsync("DistrictLeader", districtId);
        var (otherDistrictId, _) = await scenario.DistrictWithIncubatorAsync();
        var otherLeader = await scenario.AccountAsync("DistrictLeader", otherDistrictId);
        var (workerUserName, worker) = await SocialWorkerAccountAsync(scenario);
        var employerId = await scenario.FileAsync(manager, incubatorId);
        var number = $"ZS{Guid.NewGuid():N}"[..18].ToUpperInvariant();

        var created = await manager.PostAsJsonAsync("/api/social-workers", Registration(districtId, [communityId]) with
        {
            EmployerOrganizationId = employerId, CertificationLevel = "SocialWorker", CertificateNumber = number, CertifiedOn = "2021-05-20",
            AccountUserName = workerUserName,
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var registered = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = registered["socialWorker"]!["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/social-workers/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal((workerUserName, true), (registered["accountUserName"]!.GetValue<string>(), registered["canManage"]!.GetValue<bool>()));
        Assert.Equal(Phone, await PhoneAsync(manager, id));
        Assert.Equal("139****5678", await PhoneAsync(officer, id));
        Assert.Equal(Phone, await PhoneAsync(leader, id));
        Assert.Equal(HttpStatusCode.NotFound, (await otherLeader.GetAsync($"/api/social-workers/{id}")).StatusCode);

        var mine = JsonNode.Parse(await worker.GetStringAsync("/api/social-workers/me"))!;
        Assert.Equal(id, mine["socialWorker"]!["id"]!.GetValue<Guid>());
        Assert.Equal((Phone, "SocialWorker", number), (mine["socialWorker"]!["phoneNumber"]!.GetValue<string>(),
            mine["socialWorker"]!["certification"]!["level"]!.GetValue<string>(), mine["socialWorker"]!["certification"]!["certificateNumber"]!.GetValue<string>()));
        Assert.Equal((20, 0, false), (mine["hoursLeft"]!.GetValue<int>(), mine["committedThisWeek"]!.GetValue<int>(), mine["canManage"]!.GetValue<bool>()));
        var someoneElse = await RegisterAsync(manager, districtId);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/api/social-workers/{someoneElse}")).StatusCode);
        Assert.Equal(0, JsonNode.Parse(await worker.GetStringAsync("/api/social-workers"))!["totalCount"]!.GetValue<long>());
        await ApiScenario.ProblemAsync(await worker.GetAsync("/api/resources/social-workers"), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PutAsJsonAsync($"/api/social-workers/{id}", Profile(districtId))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync($"/api/social-workers/{id}/leave", new { leftOn = "2026-03-01" })).StatusCode);

        var found = JsonNode.Parse(await leader.GetStringAsync($"/api/social-workers?search={number.ToLowerInvariant()}"))!;
        Assert.Equal(id, Assert.Single(found["items"]!.AsArray())!["id"]!.GetValue<Guid>());
        var inCommunity = JsonNode.Parse(await leader.GetStringAsync($"/api/social-workers?communityId={communityId}"))!["items"]!.AsArray();
        Assert.Equal([id], inCommunity.Select(i => i!["id"]!.GetValue<Guid>()));
        await ApiScenario.ProblemAsync(await otherLeader.GetAsync($"/api/social-workers?communityId={communityId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task BadRegistrationsAreA400NamingEveryFieldAndRegisterNothing()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);

        var empty = await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync("/api/social-workers", new { districtId }), HttpStatusCode.BadRequest);
        var badCertificate = await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync("/api/social-workers",
            Registration(districtId, []) with { CertificationLevel = "SocialWorker", CertificateNumber = "#1", PhoneNumber = "123" }), HttpStatusCode.BadRequest);
        var noAccount = await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync("/api/social-workers",
            Registration(districtId, []) with { AccountUserName = "nobody-" + Guid.NewGuid().ToString("N")[..8] }), HttpStatusCode.BadRequest);
        var (subdistrictId, _) = await SubdistrictWithCommunityAsync(scenario, districtId);
        var notACommunity = await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync("/api/social-workers",
            Registration(districtId, [subdistrictId])), HttpStatusCode.BadRequest);

        Assert.Equal(["name", "phoneNumber", "skills", "weeklyHoursAvailable"], Fields(empty));
        Assert.Equal(["phoneNumber", "certificateNumber", "certifiedOn"], Fields(badCertificate));
        Assert.Equal(["accountUserName"], Fields(noAccount));
        Assert.Equal(["communityIds"], Fields(notACommunity));
        Assert.Equal(0, JsonNode.Parse(await manager.GetStringAsync($"/api/social-workers?districtId={districtId}"))!["totalCount"]!.GetValue<long>());
        var (otherDistrictId, _) = await scenario.DistrictWithIncubatorAsync();
        await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync("/api/social-workers", Registration(otherDistrictId, [])), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ACertificateNumberHeldByAnotherSocialWorkerIsA409AndLeavingNeedsADate()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, _) = await scenario.DistrictWithIncubatorAsync();
        var leader = await scenario.AccountAsync("DistrictLeader", districtId);
        var number = $"GZ-{Guid.NewGuid():N}"[..14];
        await ApiScenario.PostAsync(leader, "/api/social-workers", Registration(districtId, []) with
        {
            CertificationLevel = "AssistantSocialWorker", CertificateNumber = number, CertifiedOn = "2019-01-10",
        });
        var second = await RegisterAsync(leader, districtId);

        var taken = await ApiScenario.ProblemAsync(await leader.PostAsJsonAsync($"/api/social-workers/{second}/certification",
            new { certificationLevel = "SocialWorker", certificateNumber = number.ToLowerInvariant(), certifiedOn = "2020-01-10" }), HttpStatusCode.Conflict);
        var noDate = await ApiScenario.ProblemAsync(await leader.PostAsJsonAsync($"/api/social-workers/{second}/leave", new { }), HttpStatusCode.BadRequest);

        Assert.Equal(("certificateNumber", "socialWorker.certificateTaken"), (taken["field"]!.GetValue<string>(), taken["code"]!.GetValue<string>()));
        Assert.Equal(["leftOn"], Fields(noDate));
        var record = JsonNode.Parse(await leader.GetStringAsync($"/api/social-workers/{second}"))!["socialWorker"]!;
        Assert.Null(record["certification"]);
        Assert.Equal("Active", record["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheResourcesListIsNarrowedToTheAreaAndSkillAndRefusesAreasOutsideTheScope()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (subdistrictId, communityId) = await SubdistrictWithCommunityAsync(scenario, districtId);
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var communityWorker = await scenario.AccountAsync("CommunityWorker", communityId);
        var youth = await RegisterAsync(manager, districtId, [communityId], "Youth");
        await RegisterAsync(manager, districtId, [], "ElderlyCare");
        var (otherDistrictId, _) = await scenario.DistrictWithIncubatorAsync();
        var (_, otherCommunityId) = await SubdistrictWithCommunityAsync(scenario, otherDistrictId);

        var all = JsonNode.Parse(await communityWorker.GetStringAsync($"/api/resources/social-workers?districtId={districtId}"))!;
        var inSubdistrict = JsonNode.Parse(await communityWorker.GetStringAsync($"/api/resources/social-workers?subdistrictId={subdistrictId}&skill=Youth"))!;
        var paged = JsonNode.Parse(await manager.GetStringAsync($"/api/resources/social-workers?districtId={districtId}&pageSize=1&page=2"))!;
        var idle = JsonNode.Parse(await manager.GetStringAsync($"/api/resources/idle?districtId={districtId}"))!;

        Assert.Equal(2, all["totalCount"]!.GetValue<long>());
        Assert.Equal([youth], inSubdistrict["items"]!.AsArray().Select(i => i!["id"]!.GetValue<Guid>()));
        Assert.Equal(20, inSubdistrict["items"]![0]!["hoursLeft"]!.GetValue<int>());
        Assert.Equal((2L, 1), (paged["totalCount"]!.GetValue<long>(), paged["items"]!.AsArray().Count));
        Assert.Equal(2, idle["socialWorkers"]!["totalCount"]!.GetValue<long>());
        await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/resources/spaces?communityId={otherCommunityId}"), HttpStatusCode.NotFound);
        var wrongLevel = await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/resources/budgets?communityId={subdistrictId}"), HttpStatusCode.BadRequest);
        Assert.Equal(["communityId"], Fields(wrongLevel));
        var badPage = await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/resources/stations?districtId={districtId}&pageSize=0"), HttpStatusCode.BadRequest);
        Assert.Equal(["pageSize"], Fields(badPage));
    }

    private sealed record class RegistrationBody(
        string? Name, string? PhoneNumber, Guid? EmployerOrganizationId, Guid DistrictId, Guid[] CommunityIds, Guid[] StationIds, string[] Skills,
        int WeeklyHoursAvailable, string? CertificationLevel = null, string? CertificateNumber = null, string? CertifiedOn = null, string? AccountUserName = null);

    private static RegistrationBody Registration(Guid districtId, Guid[] communityIds, string skill = "ElderlyCare") =>
        new($"刘社工{Guid.NewGuid():N}"[..10], Phone, null, districtId, communityIds, [], [skill], 20);

    private static object Profile(Guid districtId) => new
    {
        name = "刘社工", phoneNumber = Phone, districtId, communityIds = Array.Empty<Guid>(), stationIds = Array.Empty<Guid>(),
        skills = new[] { "Youth" }, weeklyHoursAvailable = 10,
    };

    private static async Task<Guid> RegisterAsync(HttpClient client, Guid districtId, Guid[]? communityIds = null, string skill = "ElderlyCare") =>
        (await ApiScenario.PostAsync(client, "/api/social-workers", Registration(districtId, communityIds ?? [], skill)))["socialWorker"]!["id"]!.GetValue<Guid>();

    private static async Task<string> PhoneAsync(HttpClient client, Guid id) =>
        JsonNode.Parse(await client.GetStringAsync($"/api/social-workers/{id}"))!["socialWorker"]!["phoneNumber"]!.GetValue<string>();

    private static string[] Fields(JsonObject problem) => problem["errors"]!.AsObject().Select(e => e.Key).ToArray();

    private static async Task<(Guid SubdistrictId, Guid CommunityId)> SubdistrictWithCommunityAsync(ApiScenario scenario, Guid districtId)
    {
        var subdistrict = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = $"街道{Guid.NewGuid():N}", level = "Subdistrict", parentId = districtId });
        var community = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas",
            new { name = $"社区{Guid.NewGuid():N}", level = "Community", parentId = subdistrict["id"]!.GetValue<Guid>() });
        return (subdistrict["id"]!.GetValue<Guid>(), community["id"]!.GetValue<Guid>());
    }

    private async Task<(string UserName, HttpClient Client)> SocialWorkerAccountAsync(ApiScenario scenario)
    {
        var userName = $"sw{Guid.NewGuid():N}"[..16];
        await ApiScenario.PostAsync(scenario.Admin, "/api/accounts",
            new { userName, displayName = "刘社工", password = ApiScenario.Password, role = "SocialWorker", scopeId = (Guid?)null });
        return (userName, await app.ClientForAsync(userName, ApiScenario.Password));
    }
}
