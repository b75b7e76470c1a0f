using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

public sealed class SupportPlanInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AManagerPlansMilestonesAndLinksAHubOnTheOrganizationPage()
    {
        var admin = await app.AdminClientAsync();
        var district = await PostAsync(admin, "/api/geography/areas", new { name = "青山区", level = "District" });
        var incubator = await PostAsync(admin, "/api/geography/incubators", new { name = "青山区社会组织孵化园", areaId = district["id"]!.GetValue<Guid>() });
        var hubId = await FileAsync(admin, incubator["id"]!.GetValue<Guid>(), "青山区社会组织服务中心");
        await FileAsync(admin, incubator["id"]!.GetValue<Guid>(), "老来乐日间照料队");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2).ToString("yyyy-MM-dd");
        await PostAsync(admin, $"/api/organizations/{hubId}/support-plan/milestones", new { track = "Funding", title = "申请公益创投", ownerName = "王社工", dueDate = yesterday });

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 1200 } });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync($"/organizations/{hubId}");
            await page.FillAsync("#userName", "admin");
            await page.FillAsync("#password", Testing.IncubatorAppFixture.AdminPassword);
            await page.ClickAsync("[data-testid=login-submit]");
            await page.GotoAsync($"/organizations/{hubId}");
            await Expect(page.GetByTestId("support-plan")).ToBeVisibleAsync();
            await WaitForCircuit(page);
            await Expect(page.GetByTestId("plan-overdue-count")).ToContainTextAsync("逾期 1");

            await page.GetByRole(AriaRole.Tab, new() { Name = "资金" }).ClickAsync();
            await Expect(page.GetByTestId("milestone-overdue")).ToBeVisibleAsync();
            await page.GetByTestId("milestone-add").ClickAsync();
            await page.GetByTestId("milestone-title").FillAsync("完成财务制度培训");
            await page.GetByTestId("milestone-owner").FillAsync("李老师");
            await page.GetByTestId("milestone-due").FillAsync("2030-06-30");
            await page.GetByTestId("milestone-due").PressAsync("Tab");
            await page.GetByTestId("milestone-save").ClickAsync();
            await Expect(page.GetByTestId("support-plan")).ToContainTextAsync("完成财务制度培训");
            await Expect(page.GetByTestId("timeline")).ToContainTextAsync("添加里程碑");

            await page.GetByTestId("hub-toggle").ClickAsync();
            await Expect(page.GetByTestId("hub-flag")).ToHaveTextAsync("枢纽型、支持型社会组织");
            await page.GetByTestId("hub-candidate").FillAsync("老来乐");
            await page.Locator(".mud-popover-open").GetByText("老来乐日间照料队").ClickAsync();
            await page.GetByTestId("hub-link").ClickAsync();
            await Expect(page.GetByTestId("hub-supported")).ToContainTextAsync("老来乐日间照料队");
            await Screenshot(page, "support-plan-and-hub.png");

            await page.GetByTestId("hub-supported").GetByText("老来乐日间照料队").ClickAsync();
            await Expect(page.GetByTestId("organization-name")).ToHaveTextAsync("老来乐日间照料队");
            await Expect(page.GetByTestId("hub-hubs")).ToContainTextAsync("青山区社会组织服务中心");
        }
        catch
        {
            await Screenshot(page, "failure-support-plan.png");
            await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "failure-support-plan.html"), await page.ContentAsync());
            throw;
        }
    }

    private static async Task<Guid> FileAsync(HttpClient admin, Guid incubatorId, string name)
    {
        var filed = await PostAsync(admin, "/api/organizations", new
        {
            incubatorId, name, category = "CharityPublicWelfare", serviceDomains = new[] { "ElderlyCare" }, contactName = "刘洋", contactPhone = "13704721234",
        });
        return filed["id"]!.GetValue<Guid>();
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
