using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Funding;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class FundingApiTests(ApiAppFixture app)
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

    [Fact]
    public async Task AnOrganizationRequestsMoneyAndItsManagerApprovesFromABudgetWithoutOverspending()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (district, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var organization = await scenario.FileAsync(manager, incubatorId);
        var other = await scenario.FileAsync(manager, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var budget = $"/api/budgets/{district}/2026";
        await scenario.Admin.PutAsJsonAsync($"{budget}/allocation", new { amount = 8_000m });
        var projectId = (await ApiScenario.PostAsync(manager, $"{budget}/projects", new { name = "种子资金", category = "Other" }))["projects"]![0]!["id"]!.GetValue<Guid>();

        await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync($"/api/organizations/{other}/funding-requests", new { amount = 1m, category = "Other", purpose = "x" }), HttpStatusCode.NotFound);
        var bad = await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync($"/api/organizations/{organization}/funding-requests", new { amount = 0m, category = "Other", purpose = "" }), HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().ContainsKey("amount") && bad["errors"]!.AsObject().ContainsKey("purpose"));
        var first = await ApiScenario.PostAsync(representative, $"/api/organizations/{organization}/funding-requests", new { amount = 5_000m, category = "ElderlyCare", purpose = "购置助餐设备" });
        var second = await ApiScenario.PostAsync(representative, $"/api/organizations/{organization}/funding-requests", new { amount = 5_000m, category = "ElderlyCare", purpose = "志愿者培训" });
        var inbox = JsonNode.Parse(await manager.GetStringAsync("/api/inbox"))!.AsArray();
        Assert.Equal(2, inbox.Count(i => i!["kind"]!.GetValue<string>() == "FundingRequest"));

        await ApiScenario.ProblemAsync(await representative.PostAsJsonAsync(
            $"/api/organizations/{organization}/funding-requests/{first["id"]}/decision", new { approve = true, reason = "x", budgetAreaId = district, budgetYear = 2026, projectId }), HttpStatusCode.Forbidden);
        var approved = await ApiScenario.PostAsync(manager,
            $"/api/organizations/{organization}/funding-requests/{first["id"]}/decision", new { approve = true, reason = "设备清单合理", budgetAreaId = district, budgetYear = 2026, projectId });
        Assert.Equal("Approved", approved["status"]!.GetValue<string>());
        var overspend = await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync(
            $"/api/organizations/{organization}/funding-requests/{second["id"]}/decision", new { approve = true, reason = "y", budgetAreaId = district, budgetYear = 2026, projectId }), HttpStatusCode.Conflict);
        Assert.Equal("amount", overspend["field"]!.GetValue<string>());
        var noReason = await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync(
            $"/api/organizations/{organization}/funding-requests/{second["id"]}/decision", new { approve = false }), HttpStatusCode.BadRequest);
        Assert.Equal("reason", noReason["errors"]!.AsObject().Single().Key);

        var funding = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/funding"))!.AsArray();
        Assert.Equal(5_000m, Assert.Single(funding)!["amount"]!.GetValue<decimal>());
        // The platform's own tranche condition is a code the pages word in the viewer's language, not English text.
        var awarded = Assert.Single(JsonNode.Parse(await manager.GetStringAsync(budget))!["contracts"]!.AsArray())!;
        Assert.Equal(TrancheTerms.OnApproval, Assert.Single(awarded["tranches"]!.AsArray())!["condition"]!.GetValue<string>());
        var requests = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/funding-requests"))!.AsArray();
        Assert.Equal(["Pending", "Approved"], requests.Select(r => r!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ConsultingIsRecordedByTheManagerAndValuedInTheLedger()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var organization = await scenario.FileAsync(manager, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var consulting = $"/api/organizations/{organization}/support-plan/consulting";

        await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync(consulting, new { on = "2026-04-01", hours = 2m, consultant = "张老师", topic = "章程修订" }), HttpStatusCode.Forbidden);
        var bad = await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync(consulting, new { on = "2026-04-01", hours = 30m, consultant = "", topic = "x" }), HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().ContainsKey("hours") && bad["errors"]!.AsObject().ContainsKey("consultant"));
        await ApiScenario.PostAsync(manager, consulting, new { on = "2026-04-01", hours = 2.5m, consultant = "张老师", topic = "章程修订" });

        var ledger = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{organization}/ledger"))!;
        var entry = Assert.Single(ledger["entries"]!.AsArray())!;
        Assert.Equal(("ConsultingHours", 2.5m, 500m), (entry["kind"]!.GetValue<string>(), entry["quantity"]!.GetValue<decimal>(), entry["value"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task AnOverspendIsWordedWithYuanSignsInEnglishAndYuanInChinese()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (district, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        var budget = $"/api/budgets/{district}/2026";
        await scenario.Admin.PutAsJsonAsync($"{budget}/allocation", new { amount = 1000m });
        var projectId = (await ApiScenario.PostAsync(scenario.Admin, $"{budget}/projects", new { name = "培训", category = "StaffTraining" }))["projects"]![0]!["id"]!.GetValue<Guid>();

        var en = await ApiScenario.ProblemAsync(
            await scenario.Admin.SendAsync(ApiScenario.Post($"{budget}/contracts", Award(projectId, organization, 5000m), "en")), HttpStatusCode.Conflict);
        var zh = await ApiScenario.ProblemAsync(
            await scenario.Admin.SendAsync(ApiScenario.Post($"{budget}/contracts", Award(projectId, organization, 5000m), "zh-CN")), HttpStatusCode.Conflict);

        var english = en["detail"]!.GetValue<string>();
        Assert.Contains("¥1,000.00", english);
        Assert.Contains("¥5,000.00", english);
        Assert.DoesNotContain("元", english);
        Assert.Contains("1,000.00 元", zh["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task AContractAgainstLastYearsBudgetStartingThisYearIsA400NamingStartsOn()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (district, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        var budget = $"/api/budgets/{district}/2025";
        await scenario.Admin.PutAsJsonAsync($"{budget}/allocation", new { amount = 100_000m });
        var projectId = (await ApiScenario.PostAsync(scenario.Admin, $"{budget}/projects", new { name = "培训", category = "StaffTraining" }))["projects"]![0]!["id"]!.GetValue<Guid>();

        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync($"{budget}/contracts", Award(projectId, organization, 1000m)), HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey("startsOn"), problem.ToJsonString());
        Assert.Empty(JsonNode.Parse(await scenario.Admin.GetStringAsync(budget))!["contracts"]!.AsArray());
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
