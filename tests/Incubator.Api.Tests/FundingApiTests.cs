using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class FundingApiTests(IncubatorAppFixture app)
{
    [Fact]
    public async Task TheLeaderBudgetsTheLocalManagerAwardsAndTheOrganizationSeesItsFunding()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (district, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var leader = await scenario.AccountAsync("DistrictLeader", district);
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var organization = await scenario.FileAsync(manager, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var budget = $"/api/budgets/{district}/2026";

        await ApiScenario.ProblemAsync(await manager.PutAsJsonAsync($"{budget}/allocation", new { amount = 1_000_000m }), HttpStatusCode.Forbidden);
        var set = await (await leader.PutAsJsonAsync($"{budget}/allocation", new { amount = 1_000_000m })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(1_000_000m, set!["total"]!.GetValue<decimal>());
        var withProject = await ApiScenario.PostAsync(manager, $"{budget}/projects", new { name = "居家养老服务", category = "ElderlyCare" });
        var projectId = withProject["projects"]![0]!["id"]!.GetValue<Guid>();

        var contract = await ApiScenario.PostAsync(manager, $"{budget}/contracts", Award(projectId, organization, 400_000m));
        await ApiScenario.PostAsync(manager, $"{budget}/contracts/{contract["id"]!.GetValue<Guid>()}/tranches/1/payment", new { });
        var overspend = await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync($"{budget}/contracts", Award(projectId, organization, 600_000.01m)), HttpStatusCode.Conflict);
        Assert.Equal("amount", overspend["field"]!.GetValue<string>());

        var funding = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/funding"))!.AsArray();
        var only = Assert.Single(funding);
        Assert.Equal((400_000m, 200_000m), (only!["amount"]!.GetValue<decimal>(), only["paid"]!.GetValue<decimal>()));
        await ApiScenario.ProblemAsync(await representative.GetAsync(budget), HttpStatusCode.NotFound);

        var ledger = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/ledger"))!;
        Assert.Equal(200_000m, ledger["total"]!.GetValue<decimal>());
        var year = Assert.Single(ledger["years"]!.AsArray())!;
        Assert.Equal((2026, 200_000m), (year["year"]!.GetValue<int>(), year["fromBudgets"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task AnotherDistrictsBudgetIsNotFound()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (otherDistrict, _) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/budgets/{otherDistrict}/2026"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(0.001, 0.001, "amount")]
    [InlineData(100, 90, "tranches")]
    public async Task BadAwardsNameTheField(double amount, double tranche, string field)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (district, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        var budget = $"/api/budgets/{district}/2026";
        await scenario.Admin.PutAsJsonAsync($"{budget}/allocation", new { amount = 1000m });
        var projectId = (await ApiScenario.PostAsync(scenario.Admin, $"{budget}/projects", new { name = "培训", category = "StaffTraining" }))["projects"]![0]!["id"]!.GetValue<Guid>();

        var response = await scenario.Admin.PostAsJsonAsync($"{budget}/contracts", new
        {
            projectId,
            organizationId = organization,
            kind = "SeedGrant",
            amount = (decimal)amount,
            startsOn = "2026-01-01",
            endsOn = "2026-12-31",
            tranches = new[] { new { amount = (decimal)tranche, dueOn = "2026-01-01", condition = "签约后" } },
        });
        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    private static object Award(Guid projectId, Guid organizationId, decimal amount) => new
    {
        projectId,
        organizationId,
        kind = "PurchaseOfService",
        amount,
        startsOn = "2026-01-01",
        endsOn = "2026-12-31",
        tranches = new[]
        {
            new { amount = decimal.Round(amount / 2, 2), dueOn = "2026-01-15", condition = "签约后" },
            new { amount = amount - decimal.Round(amount / 2, 2), dueOn = "2026-07-01", condition = "中期评估通过后" },
        },
    };
}
