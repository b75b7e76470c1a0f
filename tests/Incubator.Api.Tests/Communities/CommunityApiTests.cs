using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class CommunityApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task ACommunityWorkerKeepsHisCommunityLeadersReadItAndOthersDoNotSeeIt()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var tree = await TreeAsync(scenario);
        var worker = await scenario.AccountAsync("CommunityWorker", tree.Community);
        var leader = await scenario.AccountAsync("DistrictLeader", tree.District);
        var neighbourWorker = await scenario.AccountAsync("CommunityWorker", tree.Neighbour);
        var organization = await scenario.FileAsync(scenario.Admin, tree.Association);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);

        var saved = await PutAsync(worker, $"/api/communities/{tree.Community}/profile", Profile(8_000));
        var changes = saved["history"]![0]!["changes"]!.AsArray();
        Assert.Contains(changes, c => c!["field"]!.GetValue<string>() == "residents" && c["new"]!.GetValue<string>() == "8000");
        await PutAsync(worker, $"/api/communities/{tree.Community}/profile", Profile(8_500));
        var read = JsonNode.Parse(await leader.GetStringAsync($"/api/communities/{tree.Community}"))!;
        Assert.Equal(8_500, read["profile"]!["residents"]!.GetValue<int>());
        var latest = read["history"]![0]!;
        Assert.Equal(("8000", "8500"), (latest["changes"]![0]!["old"]!.GetValue<string>(), latest["changes"]![0]!["new"]!.GetValue<string>()));

        await ApiScenario.ProblemAsync(await leader.PutAsJsonAsync($"/api/communities/{tree.Community}/profile", Profile(1)), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await neighbourWorker.GetAsync($"/api/communities/{tree.Community}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await neighbourWorker.PutAsJsonAsync($"/api/communities/{tree.Community}/profile", Profile(1)), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await representative.GetAsync($"/api/communities/{tree.Community}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await worker.GetAsync($"/api/communities/{tree.Subdistrict}"), HttpStatusCode.NotFound);

        // Stationing: the organization is held by the community's incubator; both timelines record it.
        var startsOn = DateOnly.FromDateTime(DateTime.UtcNow);
        var stationing = await ApiScenario.PostAsync(worker, $"/api/communities/{tree.Community}/stationings",
            new { organizationId = organization, startsOn = startsOn.ToString("yyyy-MM-dd"), endsOn = startsOn.AddYears(1).ToString("yyyy-MM-dd"), note = "一年服务协议" });
        var stationingId = stationing["id"]!.GetValue<Guid>();
        await ApiScenario.ProblemAsync(
            await leader.PostAsJsonAsync($"/api/communities/{tree.Community}/stationings/{stationingId}/end", new { endedOn = startsOn.AddDays(30).ToString("yyyy-MM-dd"), reason = "到期" }),
            HttpStatusCode.Forbidden);
        var ended = await ApiScenario.PostAsync(worker, $"/api/communities/{tree.Community}/stationings/{stationingId}/end",
            new { endedOn = startsOn.AddDays(30).ToString("yyyy-MM-dd"), reason = "服务项目结束" });
        Assert.Equal("服务项目结束", ended["endReason"]!.GetValue<string>());
        var timeline = JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations/{organization}/timeline"))!["entries"]!.AsArray();
        Assert.Equal(["StationingEnded", "Stationed"], timeline.Take(2).Select(e => e!["action"]!.GetValue<string>()));
        var history = JsonNode.Parse(await worker.GetStringAsync($"/api/communities/{tree.Community}"))!["history"]!.AsArray();
        Assert.Equal(["StationingEnded", "StationingStarted"], history.Take(2).Select(h => h!["kind"]!.GetValue<string>()));
    }

    [Fact]
    public async Task BadInputIsA400NamingTheFieldAndChangesNothing()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var tree = await TreeAsync(scenario);
        var worker = await scenario.AccountAsync("CommunityWorker", tree.Community);

        async Task<string[]> FieldsAsync(HttpResponseMessage response) =>
            (await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest))["errors"]!.AsObject().Select(e => e.Key).ToArray();

        Assert.Equal(["residents"], await FieldsAsync(await worker.PutAsJsonAsync($"/api/communities/{tree.Community}/profile",
            new { committeeName = "居委会", households = 1, elderly = 0, children = 0, disabled = 0, hardshipFamilies = 0, hasSpace = false })));
        Assert.Equal(["households"], await FieldsAsync(await worker.PutAsJsonAsync($"/api/communities/{tree.Community}/profile", Profile(100, households: 101))));
        Assert.Equal(["spaceDescription"], await FieldsAsync(await worker.PutAsJsonAsync($"/api/communities/{tree.Community}/profile", Profile(100, spaceDescription: ""))));
        Assert.Null(JsonNode.Parse(await worker.GetStringAsync($"/api/communities/{tree.Community}"))!["profile"]);

        Assert.Equal(["endsOn"], await FieldsAsync(await worker.PostAsJsonAsync($"/api/communities/{tree.Community}/stationings",
            new { organizationId = Guid.NewGuid(), startsOn = "2026-05-01", endsOn = "2026-04-01" })));
        Assert.Equal(["communityIds"], await FieldsAsync(await worker.PostAsJsonAsync("/api/stations",
            new { name = "社工站", communityIds = Array.Empty<Guid>(), openingHours = WeekdayHours })));
        // A community outside his scope is named like one that does not exist, before the rest of the body is read.
        var unseen = await ApiScenario.ProblemAsync(await worker.PostAsJsonAsync("/api/stations",
            new { name = "", communityIds = new[] { tree.Neighbour }, openingHours = WeekdayHours }), HttpStatusCode.NotFound);
        Assert.Equal("communityIds", unseen["field"]!.GetValue<string>());
        Assert.Equal(["openingHours"], await FieldsAsync(await worker.PostAsJsonAsync("/api/stations",
            new { name = "社工站", communityIds = new[] { tree.Community }, openingHours = Array.Empty<object>() })));
        Assert.Empty(JsonNode.Parse(await worker.GetStringAsync($"/api/communities/{tree.Community}/stations"))!.AsArray());
    }

    [Fact]
    public async Task AStationGetsARoomBookableLikeAnySpaceAndProjectStepsInOrder()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var tree = await TreeAsync(scenario);
        var worker = await scenario.AccountAsync("CommunityWorker", tree.Community);
        var leader = await scenario.AccountAsync("DistrictLeader", tree.District);
        var outsider = await scenario.AccountAsync("CommunityWorker", tree.Neighbour);

        var station = await ApiScenario.PostAsync(worker, "/api/stations", new { name = "兴康社工站", communityIds = new[] { tree.Community }, openingHours = WeekdayHours });
        var stationId = station["id"]!.GetValue<Guid>();
        Assert.Null(station["operatorOrganizationId"]);
        var withRoom = await ApiScenario.PostAsync(worker, $"/api/stations/{stationId}/rooms", new
        {
            incubatorId = tree.Association, kind = "ActivityHall", name = "阳光天使活动室", capacity = 30, openingHours = WeekdayHours,
        });
        var roomId = Assert.Single(withRoom["roomSpaceIds"]!.AsArray())!.GetValue<Guid>();
        Assert.Equal("阳光天使活动室", JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/venues/{roomId}"))!["name"]!.GetValue<string>());
        Assert.Contains(JsonNode.Parse(await worker.GetStringAsync($"/api/communities/{tree.Community}/stations"))!.AsArray(), s => s!["id"]!.GetValue<Guid>() == stationId);

        var project = await ApiScenario.PostAsync(worker, $"/api/stations/{stationId}/projects", new { title = "同一蓝天下" });
        var projectId = project["id"]!.GetValue<Guid>();
        var steps = $"/api/stations/{stationId}/projects/{projectId}/steps";
        var outOfOrder = await ApiScenario.ProblemAsync(await worker.PostAsJsonAsync(steps, new { step = "Design", on = "2026-04-01", owner = "刘社工", summary = "方案" }), HttpStatusCode.Conflict);
        Assert.Equal("step", outOfOrder["field"]!.GetValue<string>());
        var surveyed = await ApiScenario.PostAsync(worker, steps, new { step = "NeedsSurvey", on = "2026-04-01", owner = "刘社工", summary = "走访 80 户特困家庭" });
        Assert.Equal("TargetGroups", surveyed["nextStep"]!.GetValue<string>());
        await ApiScenario.ProblemAsync(await leader.PostAsJsonAsync(steps, new { step = "TargetGroups", on = "2026-04-02", owner = "刘社工", summary = "特困家庭", targetGroups = new[] { "HardshipFamilies" } }), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await outsider.GetAsync($"/api/stations/{stationId}"), HttpStatusCode.NotFound);
        Assert.Equal("兴康社工站", JsonNode.Parse(await leader.GetStringAsync($"/api/stations/{stationId}"))!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task CoverageIsReadWithinOnesAreaOnly()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var tree = await TreeAsync(scenario);
        var worker = await scenario.AccountAsync("CommunityWorker", tree.Community);
        var leader = await scenario.AccountAsync("DistrictLeader", tree.District);
        var organization = await scenario.FileAsync(scenario.Admin, tree.Association);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        await PutAsync(worker, $"/api/communities/{tree.Community}/profile", Profile(10_000));

        var own = JsonNode.Parse(await worker.GetStringAsync("/api/communities/coverage"))!;
        Assert.Equal((tree.Community, 10_000, 1), (own["total"]!["areaId"]!.GetValue<Guid>(), own["total"]!["residents"]!.GetValue<int>(), own["total"]!["withoutStation"]!.GetValue<int>()));
        Assert.Empty(own["children"]!.AsArray());
        var district = JsonNode.Parse(await leader.GetStringAsync("/api/communities/coverage"))!;
        Assert.Equal(tree.District, district["total"]!["areaId"]!.GetValue<Guid>());
        Assert.Equal(tree.Subdistrict, Assert.Single(district["children"]!.AsArray())!["areaId"]!.GetValue<Guid>());
        var ratios = JsonNode.Parse(await leader.GetStringAsync($"/api/communities/certified-ratios?areaId={tree.Subdistrict}"))!.AsArray();
        Assert.Equal(3, ratios.Count);

        var above = await ApiScenario.ProblemAsync(await worker.GetAsync($"/api/communities/coverage?areaId={tree.District}"), HttpStatusCode.NotFound);
        Assert.Equal("areaId", above["field"]!.GetValue<string>());
        await ApiScenario.ProblemAsync(await representative.GetAsync("/api/communities/coverage"), HttpStatusCode.NotFound);
        var years = await ApiScenario.ProblemAsync(await leader.GetAsync("/api/communities/certified-ratios?fromYear=2026&toYear=2020"), HttpStatusCode.BadRequest);
        Assert.Equal(["toYear"], years["errors"]!.AsObject().Select(e => e.Key));
    }

    private static readonly object[] WeekdayHours =
        new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" }.Select(d => (object)new { day = d, opens = "09:00:00", closes = "17:00:00" }).ToArray();

    private static object Profile(int residents, int? households = null, string spaceDescription = "二楼活动室") => new
    {
        committeeName = "兴康社区居民委员会", residents, households = households ?? residents / 3, elderly = residents / 5, children = residents / 8,
        disabled = 0, hardshipFamilies = 0, hasSpace = true, spaceDescription,
    };

    private static async Task<JsonObject> PutAsync(HttpClient client, string path, object body)
    {
        var response = await client.PutAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private sealed record class Tree(Guid District, Guid Subdistrict, Guid Community, Guid Neighbour, Guid Association);

    private static async Task<Tree> TreeAsync(ApiScenario scenario)
    {
        async Task<Guid> AreaAsync(string name, string level, Guid? parentId) =>
            (await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = $"{name}{Guid.NewGuid():N}"[..20], level, parentId }))["id"]!.GetValue<Guid>();

        var district = await AreaAsync("昆都仑区", "District", null);
        var subdistrict = await AreaAsync("少先路街道", "Subdistrict", district);
        var community = await AreaAsync("兴康社区", "Community", subdistrict);
        var neighbour = await AreaAsync("保利社区", "Community", subdistrict);
        var association = (await ApiScenario.PostAsync(scenario.Admin, "/api/geography/incubators", new { name = $"社区促进会{Guid.NewGuid():N}"[..20], areaId = community }))["id"]!.GetValue<Guid>();
        return new Tree(district, subdistrict, community, neighbour, association);
    }
}
