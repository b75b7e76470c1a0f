using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class SupportPlanApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task TheManagerPlansAndTheRepresentativeReadsButCannotChange()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var organizationId = await scenario.FileAsync(manager, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organizationId);
        var path = $"/api/organizations/{organizationId}/support-plan/milestones";

        var added = await ApiScenario.PostAsync(manager, path, Milestone("Funding", "申请公益创投资金"));
        var milestoneId = added["id"]!.GetValue<Guid>();
        Assert.Equal(("Funding", "Planned", false), (added["track"]!.GetValue<string>(), added["status"]!.GetValue<string>(), added["isOverdue"]!.GetValue<bool>()));

        var seen = JsonNode.Parse(await representative.GetStringAsync(path))!.AsArray();
        Assert.Equal(milestoneId, Assert.Single(seen)!["id"]!.GetValue<Guid>());
        await ApiScenario.ProblemAsync(await representative.PostAsJsonAsync(path, Milestone("Venue", "场地")), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(
            await representative.PutAsJsonAsync($"{path}/{milestoneId}", Milestone("Funding", "申请公益创投资金", "Done")), HttpStatusCode.Forbidden);

        var response = await manager.PutAsJsonAsync($"{path}/{milestoneId}", Milestone("Funding", "申请公益创投资金", "InProgress"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("InProgress", JsonNode.Parse(await representative.GetStringAsync(path))![0]!["status"]!.GetValue<string>());
        var timeline = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organizationId}/timeline"))!["entries"]!.AsArray();
        Assert.Equal(["MilestoneUpdated", "MilestoneAdded"], timeline.Take(2).Select(e => e!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task OutsideOnesScopeThePlanDoesNotExist()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (district, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (_, otherIncubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organizationId = await scenario.FileAsync(scenario.Admin, incubatorId);
        var neighbourId = await scenario.FileAsync(scenario.Admin, incubatorId);
        var path = $"/api/organizations/{organizationId}/support-plan/milestones";
        var added = await ApiScenario.PostAsync(scenario.Admin, path, Milestone("Training", "财务培训"));

        var neighbour = await scenario.AccountAsync("OrganizationRepresentative", neighbourId);
        var otherManager = await scenario.AccountAsync("IncubatorManager", otherIncubatorId);
        foreach (var outsider in new[] { neighbour, otherManager })
        {
            await ApiScenario.ProblemAsync(await outsider.GetAsync(path), HttpStatusCode.NotFound);
            await ApiScenario.ProblemAsync(await outsider.PostAsJsonAsync(path, Milestone("Venue", "场地")), HttpStatusCode.NotFound);
            await ApiScenario.ProblemAsync(
                await outsider.PutAsJsonAsync($"{path}/{added["id"]}", Milestone("Training", "财务培训", "Done")), HttpStatusCode.NotFound);
        }

        var leader = await scenario.AccountAsync("DistrictLeader", district);
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync(path)).StatusCode);
        await ApiScenario.ProblemAsync(await leader.PostAsJsonAsync(path, Milestone("Venue", "场地")), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MissingFieldsAreAllNamed()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organizationId = await scenario.FileAsync(scenario.Admin, incubatorId);

        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync($"/api/organizations/{organizationId}/support-plan/milestones", new { }), HttpStatusCode.BadRequest);

        Assert.Equal(["dueDate", "ownerName", "title", "track"], problem["errors"]!.AsObject().Select(e => e.Key).Order().ToArray());
    }

    [Theory]
    [InlineData("{\"track\":\"Parking\",\"title\":\"t\",\"ownerName\":\"o\",\"dueDate\":\"2026-05-01\"}", "track")]
    [InlineData("{\"track\":\"Venue\",\"title\":\"t\",\"ownerName\":\"o\",\"dueDate\":\"2026-05-01\",\"status\":\"Someday\"}", "status")]
    [InlineData("{\"track\":\"Venue\",\"title\":\"t\",\"ownerName\":\"o\",\"dueDate\":\"next week\"}", "dueDate")]
    public async Task UnknownNamesAndUnreadableDatesAreA400NamingTheField(string body, string field)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organizationId = await scenario.FileAsync(scenario.Admin, incubatorId);

        var response = await scenario.Admin.PostAsync(
            $"/api/organizations/{organizationId}/support-plan/milestones", new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task ATooLongTitleIsA400NamingTitle()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organizationId = await scenario.FileAsync(scenario.Admin, incubatorId);

        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync($"/api/organizations/{organizationId}/support-plan/milestones", Milestone("Consulting", new string('长', 101))),
            HttpStatusCode.BadRequest);

        Assert.Contains("100", problem["errors"]!["title"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdatingAnUnknownMilestoneIsA404NamingIt()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organizationId = await scenario.FileAsync(scenario.Admin, incubatorId);

        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PutAsJsonAsync($"/api/organizations/{organizationId}/support-plan/milestones/{Guid.NewGuid()}", Milestone("Venue", "场地")),
            HttpStatusCode.NotFound);

        Assert.Equal("milestoneId", problem["field"]!.GetValue<string>());
    }

    private static object Milestone(string track, string title, string status = "Planned") => new
    {
        track,
        title,
        ownerName = "王社工",
        dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
        status,
        note = (string?)null,
    };
}
