using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Venues;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

public sealed class BookingInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Password = "Password-123456";

    [Fact]
    public async Task AnOrganizationRequestsARoomTheManagerApprovesAndTheOrganizationSeesItConfirmed()
    {
        var admin = await app.AdminClientAsync();
        var district = await PostAsync(admin, "/api/geography/areas", new { name = "昆都仑区", level = "District" });
        var incubator = await PostAsync(admin, "/api/geography/incubators", new { name = "昆都仑区社会组织孵化园", areaId = district["id"]!.GetValue<Guid>() });
        var incubatorId = incubator["id"]!.GetValue<Guid>();
        var organization = await PostAsync(admin, "/api/organizations", new
        {
            incubatorId, name = "老来乐互助社", category = "ConvenienceService", serviceDomains = new[] { "ElderlyCare" }, contactName = "王芳", contactPhone = "13704725678",
        });
        var organizationId = organization["id"]!.GetValue<Guid>();
        await PostAsync(admin, "/api/venues", new
        {
            incubatorId, kind = "MeetingRoom", name = "一号会议室", capacity = 30, equipment = new[] { "投影仪" },
            openingHours = Enum.GetNames<DayOfWeek>().Select(day => new { day, opens = "08:00:00", closes = "21:00:00" }),
        });
        await PostAsync(admin, "/api/accounts", new { userName = "laolaile", displayName = "王芳", password = Password, role = "OrganizationRepresentative", scopeId = organizationId });
        await PostAsync(admin, "/api/accounts", new { userName = "limanager", displayName = "李经理", password = Password, role = "IncubatorManager", scopeId = incubatorId });
        var day = DateOnly.FromDateTime(VenueTime.ToLocal(DateTimeOffset.UtcNow, VenueTime.DefaultTimeZoneId)).AddDays(3);

        await using var representative = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 900 } });
        await using var manager = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await representative.NewPageAsync();
        try
        {
            await LogInAsync(page, "/venues", "laolaile");
            await Expect(page.GetByTestId("space-table")).ToContainTextAsync("一号会议室");
            await page.GetByTestId("space-link").ClickAsync();
            await Expect(page.GetByTestId("booking-form")).ToBeVisibleAsync();
            // The space's zone by its name, not its identifier.
            await Expect(page.GetByTestId("space-summary")).ToContainTextAsync("北京时间");
            await Expect(page.GetByTestId("space-summary")).Not.ToContainTextAsync("Asia/Shanghai");
            await WaitForCircuit(page);
            // Today's column is marked, and a day's heading puts its date into the form.
            var today = day.AddDays(-3);
            await Expect(page.GetByTestId($"day-head-{today:yyyy-MM-dd}")).ToContainTextAsync("今天");
            await page.GetByTestId($"day-pick-{today:yyyy-MM-dd}").ClickAsync();
            await Expect(page.GetByTestId("field-date")).ToHaveValueAsync(today.ToString("yyyy-MM-dd"));
            await page.GetByTestId("field-purpose").FillAsync("重阳节敬老活动");
            await page.GetByTestId("field-date").FillAsync(day.ToString("yyyy-MM-dd"));
            await page.GetByTestId("field-start").FillAsync("09:00");
            await page.GetByTestId("field-end").FillAsync("11:00");
            await page.GetByTestId("submit-booking").ClickAsync();
            await Expect(page.GetByTestId($"day-{day:yyyy-MM-dd}")).ToContainTextAsync("待审批");
            await Expect(page.GetByTestId($"day-{day:yyyy-MM-dd}")).ToContainTextAsync("09:00–11:00");
            await Expect(page.GetByTestId("field-purpose")).ToHaveValueAsync("");
            // Times are typed on the 24-hour clock, never shown as 09:00 AM.
            await Expect(page.GetByTestId("field-start")).ToHaveAttributeAsync("type", "text");
            await Expect(page.GetByTestId("field-start")).ToHaveValueAsync("09:00");
            await Screenshot(page, "booking-requested.png");

            var approvals = await manager.NewPageAsync();
            await LogInAsync(approvals, "/bookings/pending", "limanager");
            await Expect(approvals.GetByTestId("pending-table")).ToContainTextAsync("老来乐互助社");
            await WaitForCircuit(approvals);
            await approvals.GetByTestId("approve").ClickAsync();
            await Expect(approvals.GetByTestId("no-pending")).ToBeVisibleAsync();
            await Screenshot(approvals, "booking-approved.png");

            await page.GotoAsync($"/organizations/{organizationId}/bookings?week={day:yyyy-MM-dd}");
            await Expect(page.GetByTestId($"day-{day:yyyy-MM-dd}")).ToContainTextAsync("重阳节敬老活动 · 一号会议室");
            await Expect(page.GetByTestId($"day-{day:yyyy-MM-dd}")).ToContainTextAsync("已确认");
            await Expect(page.GetByTestId("booking-status")).ToHaveTextAsync("已确认");
            await Screenshot(page, "booking-confirmed.png");
        }
        catch
        {
            await Screenshot(page, "failure-booking.png");
            await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "failure-booking.html"), await page.ContentAsync());
            throw;
        }
    }

    private static async Task LogInAsync(IPage page, string path, string userName)
    {
        await page.GotoAsync(path);
        await page.FillAsync("#userName", userName);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await WaitForCircuit(page);
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static Task WaitForCircuit(IPage page) =>
        Expect(page.GetByTestId("circuit-ready")).ToBeAttachedAsync(new() { Timeout = 30_000 });

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserFixture.ArtifactsDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name), FullPage = true });
    }
}
