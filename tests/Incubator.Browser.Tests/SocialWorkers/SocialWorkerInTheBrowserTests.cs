using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.SocialWorkers;
using Incubator.Venues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

public sealed class SocialWorkerInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Password = "Password-123456";

    [Fact]
    public async Task AManagerRegistersACertifiedSocialWorkerWhoThenSeesHisProfileAndHours()
    {
        var admin = await app.AdminClientAsync();
        var district = (await PostAsync(admin, "/api/geography/areas", new { name = "青山区", level = "District" }))["id"]!.GetValue<Guid>();
        var subdistrict = (await PostAsync(admin, "/api/geography/areas", new { name = "富强路街道", level = "Subdistrict", parentId = district }))["id"]!.GetValue<Guid>();
        await PostAsync(admin, "/api/geography/areas", new { name = "幸福社区", level = "Community", parentId = subdistrict });
        var incubatorId = (await PostAsync(admin, "/api/geography/incubators", new { name = "青山区社会组织孵化园", areaId = district }))["id"]!.GetValue<Guid>();
        await PostAsync(admin, "/api/accounts", new { userName = "qingshanmanager", displayName = "王经理", password = Password, role = "IncubatorManager", scopeId = incubatorId });
        await PostAsync(admin, "/api/accounts", new { userName = "liusocialworker", displayName = "刘晓红", password = Password, role = "SocialWorker", scopeId = (Guid?)null });

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 1000 } });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/social-workers");
            await LogInAsync(page, "qingshanmanager", Password);
            await WaitForCircuit(page);
            await page.GetByTestId("register-social-worker").ClickAsync();
            await Expect(page.GetByTestId("social-worker-form")).ToBeVisibleAsync();
            await WaitForCircuit(page);
            await page.GetByTestId("field-name").FillAsync("刘晓红");
            await page.GetByTestId("field-phone").FillAsync("13847211234");
            await ChooseManyAsync(page, "field-communities", "幸福社区");
            await ChooseManyAsync(page, "field-skills", "青少年", "家庭");
            await page.GetByTestId("field-weekly-hours").FillAsync("20");
            await ChooseAsync(page, "field-level", "高级社会工作师");
            await page.GetByTestId("field-certificate-number").FillAsync("GZS2019150203001");
            await page.GetByLabel("取得日期").FillAsync("2019-06-30");
            await page.GetByTestId("field-account").FillAsync("liusocialworker");
            await page.GetByTestId("save-social-worker").ClickAsync();

            await Expect(page.GetByTestId("social-worker-name")).ToHaveTextAsync("刘晓红");
            await Expect(page.GetByTestId("certification-level")).ToHaveTextAsync("高级社会工作师");
            await Expect(page.GetByTestId("certificate-number")).ToContainTextAsync("GZS2019150203001");
            await Expect(page.GetByTestId("social-worker-skills")).ToHaveTextAsync("青少年、家庭");
            await Screenshot(page, "social-worker-registered.png");
            var id = Guid.Parse(page.Url.Split('/').Last());

            // A proposal reserves six hours a week from today on, as matching would.
            var today = VenueTime.Today(TimeProvider.System);
            await app.Services.GetRequiredService<IClusterClient>().GetGrain<ISocialWorkerGrain>(id)
                .ReserveHoursAsync(new ReserveHours(Guid.NewGuid(), 6, today, today.AddDays(30)));

            await context.ClearCookiesAsync();
            await page.GotoAsync("/");
            await LogInAsync(page, "liusocialworker", Password);
            await page.GetByTestId("my-social-worker").ClickAsync();
            await Expect(page.GetByTestId("social-worker-name")).ToHaveTextAsync("刘晓红");
            await Expect(page.GetByTestId("social-worker-phone")).ToHaveTextAsync("13847211234");
            await Expect(page.GetByTestId("certification-level")).ToHaveTextAsync("高级社会工作师");
            await Expect(page.GetByTestId("hours-available")).ToContainTextAsync("20");
            await Expect(page.GetByTestId("hours-this-week")).ToContainTextAsync("6");
            await Expect(page.GetByTestId("hours-left")).ToContainTextAsync("14");
            await Expect(page.GetByTestId("social-worker-assignments")).ToContainTextAsync("已预留");
            await Expect(page.GetByTestId("edit-social-worker")).ToHaveCountAsync(0);
            await Screenshot(page, "social-worker-home.png");
        }
        catch
        {
            await Screenshot(page, "failure-social-worker.png");
            await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "failure-social-worker.html"), await page.ContentAsync());
            throw;
        }
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
