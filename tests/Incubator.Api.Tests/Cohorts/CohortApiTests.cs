using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Cohorts;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class CohortApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task AManagerOpensScoresAndAdmitsWhileARepresentativeAppliesForHisOrganization()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var organization = await scenario.FileAsync(manager, incubatorId);
        var neighbour = await scenario.FileAsync(manager, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);

        var cohortId = await OpenAsync(manager, incubatorId, capacity: 1);
        Assert.Contains(JsonNode.Parse(await representative.GetStringAsync("/api/cohorts"))!.AsArray(), c => c!["id"]!.GetValue<Guid>() == cohortId);
        await ApiScenario.PostAsync(representative, $"/api/cohorts/{cohortId}/applications", Application(organization));
        await ApiScenario.PostAsync(manager, $"/api/cohorts/{cohortId}/applications", Application(neighbour));

        var scored = await ApiScenario.PostAsync(manager, $"/api/cohorts/{cohortId}/applications/{organization}/scores",
            new { scores = new[] { new { criterion = "治理结构", score = 4 }, new { criterion = "服务成效", score = 5 } } });
        // 4×3 + 5×2 = 22, plus the favoured 公益慈善类 bonus 2 × 5 = 10.
        Assert.Equal(32, scored["total"]!.GetValue<int>());
        var admitted = await ApiScenario.PostAsync(manager, $"/api/cohorts/{cohortId}/applications/{organization}/decision",
            new { decision = "Admit", reason = "评分最高" });
        Assert.Equal(("Admitted", "评分最高"), (admitted["status"]!.GetValue<string>(), admitted["decisionReason"]!.GetValue<string>()));

        var full = await ApiScenario.ProblemAsync(
            await manager.PostAsJsonAsync($"/api/cohorts/{cohortId}/applications/{neighbour}/decision", new { decision = "Admit", reason = "也很好" }),
            HttpStatusCode.Conflict);
        Assert.Equal("capacity", full["field"]!.GetValue<string>());

        var own = JsonNode.Parse(await representative.GetStringAsync($"/api/cohorts/{cohortId}/applications"))!.AsArray();
        Assert.Equal([organization], own.Select(a => a!["organizationId"]!.GetValue<Guid>()));
        var timeline = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/timeline"))!["entries"]!.AsArray();
        Assert.Equal(
            ["AdmittedByCohort", "CheckpointsScheduled", "Admitted", "ApplicationScored", "AppliedToCohort", "Filed"],
            timeline.Select(e => e!["action"]!.GetValue<string>()));

        var board = JsonNode.Parse(await manager.GetStringAsync($"/api/cohorts/{cohortId}/board?category=CharityPublicWelfare"))!;
        var columns = board["columns"]!.AsArray().ToDictionary(c => c!["column"]!.GetValue<string>(), c => c!["count"]!.GetValue<int>());
        Assert.Equal((1, 1), (columns["Incubating"], columns["Applied"]));
    }

    [Fact]
    public async Task ARepresentativeWorksOnlyForHisOwnOrganization()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (_, elsewhere) = await scenario.DistrictWithIncubatorAsync();
        var own = await scenario.FileAsync(scenario.Admin, incubatorId);
        var other = await scenario.FileAsync(scenario.Admin, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", own);
        var cohortId = await OpenAsync(scenario.Admin, incubatorId);
        var foreignCohort = await OpenAsync(scenario.Admin, elsewhere);
        await ApiScenario.PostAsync(scenario.Admin, $"/api/cohorts/{cohortId}/applications", Application(other));

        var problem = await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync($"/api/cohorts/{cohortId}/applications", Application(other)), HttpStatusCode.NotFound);
        Assert.Equal("organizationId", problem["field"]!.GetValue<string>());
        await ApiScenario.ProblemAsync(await representative.GetAsync($"/api/cohorts/{foreignCohort}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync($"/api/cohorts/{foreignCohort}/applications", Application(own)), HttpStatusCode.NotFound);
        Assert.Empty(JsonNode.Parse(await representative.GetStringAsync($"/api/cohorts/{cohortId}/applications"))!.AsArray());
        await ApiScenario.ProblemAsync(await representative.GetAsync($"/api/cohorts/{cohortId}/board"), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync($"/api/cohorts/{cohortId}/applications/{other}/decision", new { decision = "Decline", reason = "x" }),
            HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await representative.PostAsJsonAsync("/api/cohorts", Opening(incubatorId)), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AManagerWorksOnlyWithHisIncubatorsCohorts()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, mine) = await scenario.DistrictWithIncubatorAsync();
        var (_, theirs) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", mine);
        var foreignCohort = await OpenAsync(scenario.Admin, theirs);
        var foreignOrganization = await scenario.FileAsync(scenario.Admin, theirs);
        await ApiScenario.PostAsync(scenario.Admin, $"/api/cohorts/{foreignCohort}/applications", Application(foreignOrganization));

        await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync("/api/cohorts", Opening(theirs)), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/cohorts/{foreignCohort}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/cohorts/{foreignCohort}/board"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/cohorts?incubatorId={theirs}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(
            await manager.PostAsJsonAsync($"/api/cohorts/{foreignCohort}/applications/{foreignOrganization}/decision", new { decision = "Admit", reason = "x" }),
            HttpStatusCode.NotFound);
        Assert.Empty(JsonNode.Parse(await manager.GetStringAsync("/api/cohorts"))!.AsArray());
    }

    [Fact]
    public async Task BadInputIsA400NamingTheField()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var capacity = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync("/api/cohorts", Opening(incubatorId, capacity: 0)), HttpStatusCode.BadRequest);
        Assert.True(capacity["errors"]!.AsObject().ContainsKey("capacity"), capacity.ToJsonString());

        var missing = await ApiScenario.ProblemAsync(await scenario.Admin.PostAsJsonAsync("/api/cohorts", new { }), HttpStatusCode.BadRequest);
        Assert.Equal(
            ["capacity", "criteria", "incubatorId", "intakeClosesOn", "intakeOpensOn", "name"],
            missing["errors"]!.AsObject().Select(e => e.Key).Order());

        var cohortId = await OpenAsync(scenario.Admin, incubatorId);
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        await ApiScenario.PostAsync(scenario.Admin, $"/api/cohorts/{cohortId}/applications", Application(organization));
        var score = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync($"/api/cohorts/{cohortId}/applications/{organization}/scores",
                new { scores = new[] { new { criterion = "治理结构", score = 9 } } }),
            HttpStatusCode.BadRequest);
        Assert.True(score["errors"]!.AsObject().ContainsKey("scores"), score.ToJsonString());
        var reason = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync($"/api/cohorts/{cohortId}/applications/{organization}/decision", new { decision = "Decline" }),
            HttpStatusCode.BadRequest);
        Assert.True(reason["errors"]!.AsObject().ContainsKey("reason"), reason.ToJsonString());
        var twice = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync($"/api/cohorts/{cohortId}/applications", Application(organization)), HttpStatusCode.Conflict);
        Assert.Equal("organizationId", twice["field"]!.GetValue<string>());
    }

    private static async Task<Guid> OpenAsync(HttpClient client, Guid incubatorId, int capacity = 10)
    {
        var opened = await ApiScenario.PostAsync(client, "/api/cohorts", Opening(incubatorId, capacity));
        return opened["id"]!.GetValue<Guid>();
    }

    private static object Opening(Guid incubatorId, int capacity = 10)
    {
        // A day either side, so the test does not depend on when (in China Standard Time) it runs.
        var today = IntakeCalendar.Today(DateTimeOffset.UtcNow);
        return new
        {
            incubatorId,
            name = $"第一批{Guid.NewGuid():N}"[..12],
            intakeOpensOn = today.AddDays(-1),
            intakeClosesOn = today.AddDays(30),
            capacity,
            incubationMonths = 12,
            criteria = new[] { new { name = "治理结构", weight = 3 }, new { name = "服务成效", weight = 2 } },
            favouredCategories = new[] { "CharityPublicWelfare", "ConvenienceService" },
            favouredCategoryWeight = 2,
        };
    }

    private static object Application(Guid organizationId) => new
    {
        organizationId,
        mission = "为残障人士提供康复与就业支持",
        formalMembers = 8,
        servicesDelivered = "服务残障人士120人次",
        needs = "场地、财务培训",
    };
}
