using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Organizations;
using Incubator.SocialWorkers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

public sealed class NeedsInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Password = "Needs-Password-1";

    [Fact]
    public async Task ACommunityWorkerPostsANeedProposesARankedTeamBothAcceptAndTheServiceIsLoggedAndClosedWithFeedback()
    {
        var admin = await app.AdminClientAsync();
        var district = await PostAsync(admin, "/api/geography/areas", new { name = "回民区", level = "District" });
        var subdistrict = await PostAsync(admin, "/api/geography/areas", new { name = "新华西路街道", level = "Subdistrict", parentId = district });
        var community = await PostAsync(admin, "/api/geography/areas", new { name = "兴康社区", level = "Community", parentId = subdistrict });
        var incubator = await PostAsync(admin, "/api/geography/incubators", new { name = "回民区孵化园", areaId = district });
        var organization = await PostAsync(admin, "/api/organizations", new
        {
            incubatorId = incubator, name = "老来乐日间照料中心", category = "CharityPublicWelfare", serviceDomains = new[] { "ElderlyCare" },
            contactName = "周敏", contactPhone = "13947210000",
        });
        (await admin.PutAsJsonAsync($"/api/organizations/{organization}/service-offering", new
        {
            domains = new[] { "ElderlyCare" }, targetGroups = new[] { "Elderly" }, areaIds = new[] { community }, monthlyCapacity = 2, priced = false,
        })).EnsureSuccessStatusCode();
        await AccountAsync(admin, "xk-worker", "CommunityWorker", community);
        await AccountAsync(admin, "xk-representative", "OrganizationRepresentative", organization);
        var socialWorkerAccount = await AccountAsync(admin, "xk-social-worker", "SocialWorker", null);
        // Social workers are registered by their own feature; here straight through its grain.
        var cluster = app.Services.GetRequiredService<IClusterClient>();
        var socialWorker = cluster.GetGrain<ISocialWorkerGrain>(Guid.NewGuid());
        await socialWorker.RegisterAsync(new SocialWorkerProfile("刘晓燕", "13912345678", organization, district, [community], [], [ServiceDomain.ElderlyCare], 20),
            null, new("admin", "管理员"));
        await socialWorker.LinkAccountAsync(socialWorkerAccount, new("admin", "管理员"));

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/needs");
        await LogInAsync(page, "xk-worker", Password);
        await WaitForCircuit(page);
        await page.GetByTestId("need-title").FillAsync("独居老人助餐");
        await ChooseAsync(page, "need-domain", "养老");
        await ChooseAsync(page, "need-target-group", "老年人（60岁以上）");
        await page.GetByTestId("need-residents").FillAsync("40");
        await page.GetByTestId("post-need").ClickAsync();

        await Expect(page.GetByTestId("need-heading")).ToHaveTextAsync("独居老人助餐");
        var team = page.GetByTestId("team").Filter(new() { HasText = "老来乐日间照料中心" });
        await Expect(team).ToContainTextAsync("刘晓燕");
        await Expect(team.GetByTestId("team-reasons")).ToContainTextAsync("服务本社区");
        await Expect(team.GetByTestId("team-reasons")).ToContainTextAsync("社工每周剩余 20 小时");
        await Screenshot(page, "need-teams.png");
        await team.GetByTestId("propose").ClickAsync();
        await Expect(page.GetByTestId("proposal-status")).ToHaveTextAsync("待答复");
        var needUrl = page.Url;

        await AnswerAsync(needUrl, "xk-representative", "accept-Organization");
        await AnswerAsync(needUrl, "xk-social-worker", "accept-SocialWorker");

        await page.ReloadAsync();
        await WaitForCircuit(page);
        await Expect(page.GetByTestId("need-status")).ToContainTextAsync("已匹配");
        await page.GetByTestId("engagement-link").ClickAsync();
        await WaitForCircuit(page);
        await page.GetByTestId("log-residents").FillAsync("12");
        await page.GetByTestId("log-service").ClickAsync();
        await Expect(page.GetByTestId("hours-logged")).ToHaveTextAsync("2");
        await Expect(page.GetByTestId("residents-served")).ToHaveTextAsync("12");

        await ChooseAsync(page, "feedback-score", "5/5 分");
        await page.GetByTestId("feedback-comment").FillAsync("老人们很满意");
        await page.GetByTestId("close-engagement").ClickAsync();
        await Expect(page.GetByTestId("feedback")).ToContainTextAsync("老人们很满意");
        await Expect(page.GetByTestId("engagement-status")).ToHaveTextAsync("已结项");
        await Screenshot(page, "engagement.png");
    }

    private async Task AnswerAsync(string needUrl, string userName, string button)
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await LogInAsync(page, userName, Password);
        await WaitForCircuit(page);
        // The proposal waits in his inbox and leads to the need.
        await page.GetByTestId("inbox").GetByText("独居老人助餐").ClickAsync();
        await WaitForCircuit(page);
        Assert.Equal(needUrl, page.Url);
        await page.GetByTestId(button).ClickAsync();
        await Expect(page.GetByTestId(button)).Not.ToBeAttachedAsync();
    }

    private static async Task<Guid> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<Guid>();
    }

    private static async Task<string> AccountAsync(HttpClient admin, string userName, string role, Guid? scopeId)
    {
        var response = await admin.PostAsJsonAsync("/api/accounts", new { userName, displayName = userName, password = Password, role, scopeId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.ToString();
    }
}
