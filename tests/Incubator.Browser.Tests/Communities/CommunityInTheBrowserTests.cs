using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

public sealed class CommunityInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ACommunityWorkerRecordsHisCommunitysProfileSeesItsHistoryAndItsCoverage()
    {
        var admin = await app.AdminClientAsync();
        async Task<Guid> AreaAsync(object body) =>
            (await (await admin.PostAsJsonAsync("/api/geography/areas", body)).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
        var district = await AreaAsync(new { name = "回民区", level = "District" });
        var subdistrict = await AreaAsync(new { name = "中山西路街道", level = "Subdistrict", parentId = district });
        var community = await AreaAsync(new { name = "兴康社区", level = "Community", parentId = subdistrict });
        (await admin.PostAsJsonAsync("/api/accounts", new { userName = "xk-worker", displayName = "王芳", password = "Worker-Password-1", role = "CommunityWorker", scopeId = community }))
            .EnsureSuccessStatusCode();

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        var violations = RecordPolicyViolations(page);
        try
        {
            await page.GotoAsync("/");
            await LogInAsync(page, "xk-worker", "Worker-Password-1");
            await WaitForCircuit(page);
            await Expect(page.GetByTestId("community-home")).ToContainTextAsync("兴康社区");
            await Expect(page.GetByTestId("community-home")).ToContainTextAsync("尚未填写社区概况");

            await page.GetByTestId("my-community").ClickAsync();
            await Expect(page.GetByTestId("community-name")).ToHaveTextAsync("兴康社区");
            await WaitForCircuit(page);
            await page.GetByTestId("profile-committee").FillAsync("兴康社区居民委员会");
            await page.GetByTestId("profile-residents").FillAsync("9000");
            await page.GetByTestId("profile-households").FillAsync("3100");
            await page.GetByTestId("profile-elderly").FillAsync("1800");
            // More children than residents is refused next to the field, and nothing is recorded.
            await page.GetByTestId("profile-children").FillAsync("9001");
            await page.GetByTestId("profile-save").ClickAsync();
            await Expect(page.GetByTestId("community-profile")).ToContainTextAsync("应在 0 至 9000 之间。");
            await Expect(page.GetByTestId("community-history")).ToContainTextAsync("暂无变更记录");
            await page.GetByTestId("profile-children").FillAsync("1200");
            await page.GetByTestId("profile-save").ClickAsync();

            await Expect(page.GetByTestId("community-history")).ToContainTextAsync("居民人数：— → 9000");
            await Expect(page.GetByTestId("community-history")).ToContainTextAsync("王芳");
            await Expect(page.GetByTestId("coverage-residents")).ToHaveTextAsync("9000");
            await Expect(page.GetByTestId("flag-no-station")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("flag-no-space")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("coverage-ratio")).ToHaveTextAsync("0.00");

            // A second change is kept field by field.
            await page.GetByTestId("profile-residents").FillAsync("9500");
            await page.GetByTestId("profile-save").ClickAsync();
            await Expect(page.GetByTestId("community-history")).ToContainTextAsync("居民人数：9000 → 9500");
            await Expect(page.GetByTestId("history-entry")).ToHaveCountAsync(2);
            await Expect(page.GetByTestId("coverage-residents")).ToHaveTextAsync("9500");

            await page.GotoAsync("/coverage");
            await WaitForCircuit(page);
            await Expect(page.GetByTestId("coverage-total")).ToContainTextAsync("兴康社区");
            await Screenshot(page, "community-coverage.png");
            Assert.Empty(violations);
        }
        catch
        {
            await Screenshot(page, "community-failure.png");
            throw;
        }
    }
}
