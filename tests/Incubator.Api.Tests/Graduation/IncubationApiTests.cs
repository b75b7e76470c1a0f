using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class IncubationApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task AfterAHandOffAccessMovesAndThePreviousManagerKeepsReadOnlyHisPeriod()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (subdistrictIncubator, communityIncubator) = await TiersAsync(scenario);
        var communityManager = await scenario.AccountAsync("IncubatorManager", communityIncubator);
        var subdistrictManager = await scenario.AccountAsync("IncubatorManager", subdistrictIncubator);
        var id = await scenario.FileAsync(communityManager, communityIncubator);
        await ApiScenario.PostAsync(communityManager, $"/api/organizations/{id}/admission", new { incubationMonths = 12 });

        await ApiScenario.ProblemAsync(await subdistrictManager.GetAsync($"/api/organizations/{id}"), HttpStatusCode.NotFound);
        await ApiScenario.PostAsync(communityManager, $"/api/organizations/{id}/hand-off", new { toIncubatorId = subdistrictIncubator, note = "规模扩大" });
        await ApiScenario.ProblemAsync(
            await communityManager.PostAsJsonAsync($"/api/organizations/{id}/hand-off/decision", new { accept = true }), HttpStatusCode.Forbidden);
        var inbox = JsonNode.Parse(await subdistrictManager.GetStringAsync("/api/inbox"))!.AsArray();
        Assert.Contains(inbox, i => i!["organizationId"]!.GetValue<Guid>() == id && i["kind"]!.GetValue<string>() == "HandOffWaiting");

        await ApiScenario.PostAsync(subdistrictManager, $"/api/organizations/{id}/hand-off/decision", new { accept = true, reason = "同意" });
        await ApiScenario.PostAsync(subdistrictManager, $"/api/organizations/{id}/registration", new { creditCode = TestCreditCodes.New(), legalForm = "SocialGroup" });

        Assert.Equal(HttpStatusCode.OK, (await communityManager.GetAsync($"/api/organizations/{id}")).StatusCode);
        await ApiScenario.ProblemAsync(
            await communityManager.PostAsJsonAsync($"/api/organizations/{id}/exit", new { reason = "x" }), HttpStatusCode.Forbidden);
        var oldView = JsonNode.Parse(await communityManager.GetStringAsync($"/api/organizations/{id}/timeline"))!["entries"]!.AsArray();
        Assert.DoesNotContain(oldView, e => e!["action"]!.GetValue<string>() == "Registered");
        var newView = JsonNode.Parse(await subdistrictManager.GetStringAsync($"/api/organizations/{id}/timeline"))!["entries"]!.AsArray();
        Assert.Contains(newView, e => e!["action"]!.GetValue<string>() == "Registered");
        Assert.Contains(newView, e => e!["action"]!.GetValue<string>() == "Filed");
    }

    [Fact]
    public async Task ThePartyBuildingOfficerRecordsTheProfileAndSeesCheckpointsInHisInbox()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var officer = await scenario.AccountAsync("PartyBuildingOfficer", incubatorId);
        var id = await scenario.FileAsync(scenario.Admin, incubatorId);
        await ApiScenario.PostAsync(scenario.Admin, $"/api/organizations/{id}/admission", new { incubationMonths = 12 });

        var inbox = JsonNode.Parse(await officer.GetStringAsync("/api/inbox"))!.AsArray();
        Assert.Equal(5, inbox.Count(i => i!["organizationId"]!.GetValue<Guid>() == id && i["kind"]!.GetValue<string>() == "CheckpointDue"));

        var problem = await ApiScenario.ProblemAsync(
            await officer.PutAsJsonAsync($"/api/organizations/{id}/party", new { formalPartyMembers = 2, branchForm = "OwnBranch" }), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("branchForm"));
        var track = await (await officer.PutAsJsonAsync($"/api/organizations/{id}/party", new { formalPartyMembers = 4, branchForm = "OwnBranch" })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(track!["organizationCoverage"]!.GetValue<bool>());
        var first = track["checkpoints"]![0]!["id"]!.GetValue<Guid>();
        var held = await ApiScenario.PostAsync(officer, $"/api/organizations/{id}/party/checkpoints/{first}/result", new { met = true, note = "支部成立" });
        Assert.True(held["workCoverage"]!.GetValue<bool>());

        await ApiScenario.ProblemAsync(
            await officer.PostAsJsonAsync($"/api/organizations/{id}/admission", new { incubationMonths = 12 }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ADistrictLeaderSeesThePipelineOfHisDistrictOnly()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (district, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (otherDistrict, _) = await scenario.DistrictWithIncubatorAsync();
        var leader = await scenario.AccountAsync("DistrictLeader", district);
        await scenario.FileAsync(scenario.Admin, incubatorId);
        var admitted = await scenario.FileAsync(scenario.Admin, incubatorId);
        await ApiScenario.PostAsync(scenario.Admin, $"/api/organizations/{admitted}/admission", new { incubationMonths = 12 });

        var pipeline = JsonNode.Parse(await leader.GetStringAsync("/api/pipeline"))!;
        var cells = pipeline["byTier"]!.AsArray().Where(c => c!["tier"]!.GetValue<string>() == "District").ToArray();
        Assert.Equal(1, cells.Single(c => c!["stage"]!.GetValue<string>() == "Applied")!["count"]!.GetValue<int>());
        Assert.Equal(1, cells.Single(c => c!["stage"]!.GetValue<string>() == "Incubating")!["count"]!.GetValue<int>());
        await ApiScenario.ProblemAsync(await leader.GetAsync($"/api/pipeline?districtId={otherDistrict}"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"outcome\":\"Extended\",\"reason\":\"x\",\"extensionMonths\":9}", "extensionMonths")]
    [InlineData("{\"outcome\":\"Graduated\"}", "reason")]
    [InlineData("{\"reason\":\"x\"}", "outcome")]
    public async Task BadGraduationDecisionsNameTheField(string body, string field)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var id = await scenario.FileAsync(scenario.Admin, incubatorId);
        var response = await scenario.Admin.PostAsync($"/api/organizations/{id}/graduation-decision", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task DecidingBeforeTheReviewOpensIsAConflict()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var id = await scenario.FileAsync(scenario.Admin, incubatorId);
        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync($"/api/organizations/{id}/graduation-decision", new { outcome = "Exited", reason = "x" }), HttpStatusCode.Conflict);
        Assert.Equal("stage", problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task ACheckpointPlanIsTheManagersToChange()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var officer = await scenario.AccountAsync("PartyBuildingOfficer", incubatorId);

        var plan = await (await manager.PutAsJsonAsync($"/api/incubators/{incubatorId}/checkpoint-plan", new { firstAfterDays = 45, intervalDays = 120, beforeGraduationDays = 21 }))
            .Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(45, plan!["firstAfterDays"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Forbidden,
            (await officer.PutAsJsonAsync($"/api/incubators/{incubatorId}/checkpoint-plan", new { firstAfterDays = 45, intervalDays = 120, beforeGraduationDays = 21 })).StatusCode);
        var bad = await ApiScenario.ProblemAsync(
            await manager.PutAsJsonAsync($"/api/incubators/{incubatorId}/checkpoint-plan", new { firstAfterDays = 0, intervalDays = 120, beforeGraduationDays = 21 }), HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().ContainsKey("firstAfterDays"));
    }

    private static async Task<(Guid Subdistrict, Guid Community)> TiersAsync(ApiScenario scenario)
    {
        var (district, _) = await scenario.DistrictWithIncubatorAsync();
        var subdistrict = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = "少先路街道", level = "Subdistrict", parentId = district });
        var community = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = "兴康社区", level = "Community", parentId = subdistrict["id"]!.GetValue<Guid>() });
        var center = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/incubators", new { name = $"街道孵化中心{Guid.NewGuid():N}", areaId = subdistrict["id"]!.GetValue<Guid>() });
        var association = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/incubators", new { name = $"社区促进会{Guid.NewGuid():N}", areaId = community["id"]!.GetValue<Guid>() });
        return (center["id"]!.GetValue<Guid>(), association["id"]!.GetValue<Guid>());
    }
}
