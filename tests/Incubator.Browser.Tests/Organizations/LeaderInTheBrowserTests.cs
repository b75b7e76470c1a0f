using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

public sealed class LeaderInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ALeaderOfADistrictWithoutOrganizationsIsToldToFileOneInsteadOfABlankPage()
    {
        var admin = await app.AdminClientAsync();
        var district = (await (await admin.PostAsJsonAsync("/api/geography/areas", new { name = "白云鄂博矿区", level = "District" })).Content.ReadFromJsonAsync<JsonObject>())!;
        (await admin.PostAsJsonAsync("/api/geography/incubators", new { name = "白云鄂博矿区孵化园", areaId = district["id"]!.GetValue<Guid>() })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/accounts", new { userName = "by-leader", displayName = "赵区长", password = "Leader-Password-2", role = "DistrictLeader", scopeId = district["id"]!.GetValue<Guid>() }))
            .EnsureSuccessStatusCode();

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/pipeline");
        await LogInAsync(page, "by-leader", "Leader-Password-2");
        await WaitForCircuit(page);
        await Expect(page.GetByTestId("pipeline-empty")).ToContainTextAsync("还没有备案的社会组织");
        await Expect(page.GetByTestId("pipeline-chart")).Not.ToBeAttachedAsync();
    }

    [Fact]
    public async Task ADistrictLeaderSeesThePipelineChartAndTheBudgetWithItsCarryOverLine()
    {
        var admin = await app.AdminClientAsync();
        var district = (await (await admin.PostAsJsonAsync("/api/geography/areas", new { name = "青山区", level = "District" })).Content.ReadFromJsonAsync<JsonObject>())!;
        var districtId = district["id"]!.GetValue<Guid>();
        var incubator = (await (await admin.PostAsJsonAsync("/api/geography/incubators", new { name = "青山区孵化园", areaId = districtId })).Content.ReadFromJsonAsync<JsonObject>())!;
        (await admin.PostAsJsonAsync("/api/organizations", new
        {
            incubatorId = incubator["id"]!.GetValue<Guid>(),
            name = "同一蓝天下关爱中心",
            category = "CharityPublicWelfare",
            serviceDomains = new[] { "Family" },
            contactName = "周敏",
            contactPhone = "13947210000",
        })).EnsureSuccessStatusCode();
        var year = DateTime.UtcNow.Year;
        (await admin.PutAsJsonAsync($"/api/budgets/{districtId}/{year - 1}/allocation", new { amount = 6_100_000m })).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/budgets/{districtId}/{year - 1}/close", null)).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/budgets/{districtId}/{year}/allocation", new { amount = 10_000_000m })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/accounts", new { userName = "qs-leader", displayName = "王局长", password = "Leader-Password-1", role = "DistrictLeader", scopeId = districtId }))
            .EnsureSuccessStatusCode();

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/pipeline");
        await LogInAsync(page, "qs-leader", "Leader-Password-1");
        await WaitForCircuit(page);
        await Expect(page.GetByTestId("pipeline-table")).ToContainTextAsync("青山区孵化园");
        await Expect(page.GetByTestId("pipeline-chart").Locator("svg")).ToBeVisibleAsync();
        await Screenshot(page, "pipeline.png");

        await page.GotoAsync("/funding");
        await WaitForCircuit(page);
        await Expect(page.GetByTestId("carried-over")).ToHaveTextAsync("6,100,000.00 元");
        await Expect(page.GetByTestId("budget-total")).ToContainTextAsync("1,610.00 万元");
        await Screenshot(page, "funding.png");
    }
}
