using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Cohorts;
using Microsoft.Playwright;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

public sealed class CohortsInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AManagerOpensACohortTakesAnApplicationAdmitsItAndSeesItOnTheBoard()
    {
        var admin = await app.AdminClientAsync();
        var district = await (await admin.PostAsJsonAsync("/api/geography/areas", new { name = "昆都仑区", level = "District" })).Content.ReadFromJsonAsync<JsonObject>();
        var incubator = await (await admin.PostAsJsonAsync("/api/geography/incubators", new { name = "昆都仑区社会组织孵化园", areaId = district!["id"]!.GetValue<Guid>() }))
            .Content.ReadFromJsonAsync<JsonObject>();
        var filed = await admin.PostAsJsonAsync("/api/organizations", new
        {
            incubatorId = incubator!["id"]!.GetValue<Guid>(),
            name = "老来乐互助社",
            category = "ConvenienceService",
            serviceDomains = new[] { "ElderlyCare" },
            contactName = "王芳",
            contactPhone = "13704725678",
        });
        filed.EnsureSuccessStatusCode();
        // The incubator's own manager does the work, not the administrator.
        const string managerPassword = "Manager-Password-1";
        (await admin.PostAsJsonAsync("/api/accounts", new
        {
            userName = "kdl-manager",
            displayName = "李经理",
            password = managerPassword,
            role = "IncubatorManager",
            scopeId = incubator["id"]!.GetValue<Guid>(),
        })).EnsureSuccessStatusCode();
        var organizationId = (await filed.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/cohorts");
            await LogInAsync(page, "kdl-manager", managerPassword);
            await Expect(page.GetByTestId("cohort-table")).ToBeVisibleAsync();
            await WaitForCircuit(page);

            await page.GetByTestId("open-cohort").ClickAsync();
            await Expect(page.GetByTestId("submit-cohort")).ToBeVisibleAsync();
            await WaitForCircuit(page);
            await page.GetByTestId("field-name").FillAsync("2026年第一批");
            await page.GetByTestId("submit-cohort").ClickAsync();
            await Expect(page.GetByTestId("cohort-name")).ToHaveTextAsync("2026年第一批");
            await WaitForCircuit(page);

            await page.GetByTestId("cohort-apply").ClickAsync();
            await Expect(page.GetByTestId("submit-application")).ToBeVisibleAsync();
            await WaitForCircuit(page);
            await ChooseAsync(page, "field-organization", "老来乐互助社");
            await page.GetByTestId("field-mission").FillAsync("为社区老人提供日间照料");
            await page.GetByTestId("field-members").FillAsync("6");
            await page.GetByTestId("field-services").FillAsync("两年来每周三次助餐");
            await page.GetByTestId("field-needs").FillAsync("活动场地");
            await page.GetByTestId("submit-application").ClickAsync();
            await Expect(page.GetByTestId("application-table")).ToContainTextAsync("老来乐互助社");
            await WaitForCircuit(page);

            await page.GetByTestId("application-table").GetByText("老来乐互助社").ClickAsync();
            await page.GetByTestId("decision-reason").FillAsync("服务成效突出");
            await page.GetByTestId("decide").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "确认" }).ClickAsync();
            await Expect(page.GetByTestId("application-table")).ToContainTextAsync("已入壳");
            await Expect(page.GetByTestId("cohort-places")).ToHaveTextAsync("1 / 20");
            await Screenshot(page, "cohort-admitted.png");

            await page.GetByTestId("cohort-board").ClickAsync();
            await Expect(page.GetByTestId("column-Incubating")).ToContainTextAsync("老来乐互助社");
            await Screenshot(page, "cohort-board.png");

            // Admission scheduled the graduation review at the period's end and the first co-incubation checkpoint.
            var admitted = (await admin.GetFromJsonAsync<JsonObject>($"/api/organizations/{organizationId}"))!;
            var reviewDue = admitted["incubationEndsAt"]!.GetValue<DateTimeOffset>();
            var firstCheckpoint = admitted["incubationStartedAt"]!.GetValue<DateTimeOffset>().AddDays(30);
            await page.GotoAsync($"/organizations/{organizationId}");
            await WaitForCircuit(page);
            await Expect(page.GetByTestId("incubation-ends")).ToHaveTextAsync(reviewDue.ToOffset(IntakeCalendar.ChinaStandardTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var first = page.GetByTestId("checkpoints").Locator("tbody tr").First;
            await Expect(first).ToContainTextAsync("入壳后首次检查");
            await Expect(first).ToContainTextAsync(firstCheckpoint.ToOffset(IntakeCalendar.ChinaStandardTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await Expect(first).ToContainTextAsync("待开展");
            await Screenshot(page, "organization-incubating.png");
        }
        catch
        {
            await Screenshot(page, "failure-cohorts.png");
            await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "failure-cohorts.html"), await page.ContentAsync());
            throw;
        }
    }
}
