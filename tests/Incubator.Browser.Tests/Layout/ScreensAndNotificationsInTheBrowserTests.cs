using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Venues;
using Microsoft.Playwright;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

/// <summary>
/// A training session booked in a space, the navigation's counts, the representative's notifications, and the pages measured
/// on a 390 × 844 phone and a 1366 × 768 desktop: nothing runs off the edge, no text stands one character per line.
/// </summary>
public sealed class ScreensAndNotificationsInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Password = "Password-123456";

    [Fact]
    public async Task ASessionIsScheduledInASpaceAndATakenSlotIsRefused()
    {
        var world = await WorldAsync("train");
        var course = await PostAsync(world.Admin, "/api/courses", new
        {
            incubatorId = world.IncubatorId, title = "财务管理实务", topic = "财务", description = "社会组织财务制度", hoursPerSession = 2,
        });
        var day = LocalToday().AddDays(4);

        await using var context = await NewContextAsync(1366, 768);
        var page = await context.NewPageAsync();
        try
        {
            await LogInAsync(page, $"/training/courses/{course["id"]}", world.Manager);
            await Expect(Select(page, "field-space")).ToContainTextAsync(world.SpaceName);
            await page.Locator(".mud-input-control", new() { Has = page.GetByText("日期") }).Locator("input").First.FillAsync(day.ToString("yyyy-MM-dd"));
            await page.GetByTestId("field-trainer").FillAsync("王老师");
            await page.GetByTestId("submit-session").ClickAsync();
            await Expect(page.GetByTestId("session-table")).ToContainTextAsync(world.SpaceName);
            await Expect(page.GetByTestId("session-table")).ToContainTextAsync($"{day:yyyy-MM-dd} 09:00");

            // The same hours again: the space is taken, so the session is refused like any booking.
            await page.GetByTestId("submit-session").ClickAsync();
            await Expect(page.Locator(".mud-input-control", new() { Has = page.GetByTestId("field-space") })).ToContainTextAsync("已被预约");
            await Expect(page.GetByTestId("session-table").Locator("tbody tr")).ToHaveCountAsync(1);
            await Screenshot(page, "session-in-space.png");

            // The space's week shows the session's hours on a time axis: its block starts level with 09:00 and ends at 11:00.
            await page.GotoAsync($"/venues/{world.SpaceId}?week={day:yyyy-MM-dd}");
            await WaitForCircuit(page);
            await Expect(page.GetByTestId("hour-09")).ToBeVisibleAsync();
            var block = page.GetByTestId($"day-{day:yyyy-MM-dd}").GetByTestId("week-item");
            await Expect(block).ToContainTextAsync("09:00–11:00");
            await Expect(block).ToContainTextAsync("培训：财务管理实务");
            var nine = (await page.GetByTestId("hour-09").BoundingBoxAsync())!;
            var eleven = (await page.GetByTestId("hour-11").BoundingBoxAsync())!;
            var box = (await block.BoundingBoxAsync())!;
            Assert.InRange(box.Y - (nine.Y + nine.Height / 2), -3, 3);
            Assert.InRange(box.Y + box.Height - (eleven.Y + eleven.Height / 2), -3, 3);
            await Screenshot(page, "week-axis.png");
        }
        catch
        {
            await Failure(page, "session-in-space");
            throw;
        }

        // The space's own week shows the hours the session holds.
        var week = await world.Admin.GetFromJsonAsync<JsonObject>($"/api/venues/{world.SpaceId}/week?date={day:yyyy-MM-dd}")
            ?? throw new InvalidOperationException("no week");
        Assert.Contains(week["entries"]!.AsArray(), b => b!["purpose"]!.GetValue<string>() == "财务管理实务");
    }

    [Fact]
    public async Task TheManagerSeesRequestsWaitingAndTheRepresentativeIsToldOfTheDecisionInHisLanguage()
    {
        var world = await WorldAsync("note");
        var day = LocalToday().AddDays(3);
        var booking = await PostAsync(world.Admin, "/api/bookings", new
        {
            spaceId = world.SpaceId, organizationId = world.OrganizationId, purpose = "理事会会议",
            oneOff = new { start = At(day, 9), end = At(day, 11) },
        });

        await using var managerContext = await NewContextAsync(1366, 768);
        var manager = await managerContext.NewPageAsync();
        await using var representativeContext = await NewContextAsync(390, 844);
        var representative = await representativeContext.NewPageAsync();
        try
        {
            await LogInAsync(manager, "/", world.Manager);
            await Expect(manager.GetByTestId("nav-approvals-count")).ToHaveTextAsync("1");
            await Expect(manager.GetByTestId("nav-inbox-count")).ToHaveTextAsync("1");

            await LogInAsync(representative, "/notifications", world.Representative);
            await Expect(representative.GetByTestId("notifications-empty")).ToBeVisibleAsync();
            await Expect(representative.GetByTestId("notification-unread-count")).ToHaveTextAsync("0");

            await PostAsync(world.Admin, $"/api/bookings/{world.SpaceId}/{booking["id"]}/decision", new { approve = true, reason = "" });
            await manager.GotoAsync("/venues");
            await WaitForCircuit(manager);
            await Expect(manager.GetByTestId("nav-approvals-count")).ToHaveCountAsync(0);

            await representative.GotoAsync("/");
            await WaitForCircuit(representative);
            await Expect(representative.GetByTestId("notification-unread-count")).ToHaveTextAsync("1");
            await representative.GetByTestId("notification-bell").ClickAsync();
            await Expect(representative.GetByTestId("notification-unread")).ToContainTextAsync($"「{world.SpaceName}」的预约已获批");
            await Expect(representative.GetByTestId("notification-unread-count")).ToHaveTextAsync("0");
            await Screenshot(representative, "notifications-phone.png");

            await representative.GotoAsync($"/culture?culture=en&returnUrl={Uri.EscapeDataString("/notifications")}");
            await WaitForCircuit(representative);
            await Expect(representative.GetByTestId("notification")).ToContainTextAsync($"Booking of \"{world.SpaceName}\" approved");
        }
        catch
        {
            await Failure(manager, "counts-manager");
            await Failure(representative, "notifications-representative");
            throw;
        }
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1366, 768)]
    public async Task TheHeaderKeepsOneLineAndNoTableCellStandsOneCharacterPerLine(int width, int height)
    {
        var world = await WorldAsync($"w{width}");
        var today = LocalToday();
        var cohort = await PostAsync(world.Admin, "/api/cohorts", new
        {
            incubatorId = world.IncubatorId, name = $"第一批{Guid.NewGuid():N}"[..10], intakeOpensOn = today.AddDays(-1), intakeClosesOn = today.AddDays(30),
            capacity = 10, incubationMonths = 12, criteria = new[] { new { name = "治理结构", weight = 3 } },
        });
        await PostAsync(world.Admin, $"/api/organizations/{world.OrganizationId}/support-plan/consulting",
            new { on = today.AddDays(-2), hours = 2.5, consultant = "张老师", topic = "财务制度" });
        await using var context = await NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        try
        {
            await LogInAsync(page, "/organizations", world.Manager);
            await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
            await AssertHeaderFitsAsync(page);
            foreach (var path in new[] { "/organizations", "/venues", $"/organizations/{world.OrganizationId}", "/cohorts", $"/cohorts/{cohort["id"]}/board", "/training" })
            {
                await page.GotoAsync(path);
                await WaitForCircuit(page);
                await AssertHeaderFitsAsync(page);
                await AssertNoCellIsOneCharacterWideAsync(page, path);
            }

            // The ledger counts consulting in hours (its value in yuan beside), never as "0.00 元".
            await page.GotoAsync($"/organizations/{world.OrganizationId}");
            var consulting = page.GetByTestId($"ledger-{today.AddDays(-2).Year}-ConsultingHours");
            await Expect(consulting).ToContainTextAsync("2.5 小时");
            await Expect(consulting).ToContainTextAsync("≈ 500.00 元");
            await Expect(page.GetByTestId($"ledger-{today.AddDays(-2).Year}-VenueHours")).ToHaveTextAsync("0 小时");

            // Nine board columns fit the width: the last one ends inside the screen.
            await page.GotoAsync($"/cohorts/{cohort["id"]}/board");
            await WaitForCircuit(page);
            await Expect(page.GetByTestId("column-Declined")).ToBeVisibleAsync();
            var last = (await page.GetByTestId("column-Declined").BoundingBoxAsync())!;
            Assert.True(last.X + last.Width <= width, $"the board's last column ends at {last.X + last.Width}px on a {width}px screen");
            await Screenshot(page, $"board-{width}.png");
            await Screenshot(page, $"header-{width}.png");
        }
        catch
        {
            await Failure(page, $"header-{width}");
            throw;
        }
    }

    /// <summary>The header does not overflow, and each of its texts (the user's name, 中文, 退出登录) stands on one line.</summary>
    private static async Task AssertHeaderFitsAsync(IPage page)
    {
        var header = await page.GetByTestId("app-header").EvaluateAsync<System.Text.Json.JsonElement>("""
            h => {
                const bar = h.querySelector('.mud-toolbar') ?? h;
                const lines = el => { const s = getComputedStyle(el); const lh = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.5; return Math.round(el.getBoundingClientRect().height / lh); };
                const pick = id => h.querySelector(`[data-testid=${id}]`);
                return { overflow: bar.scrollWidth - bar.clientWidth, right: h.getBoundingClientRect().right, viewport: window.innerWidth,
                         name: lines(pick('current-user')), zh: lines(pick('lang-zh')), logout: lines(pick('logout').querySelector('.mud-button-label') ?? pick('logout')) };
            }
            """);
        double Number(string name) => header.GetProperty(name).GetDouble();
        Assert.True(Number("overflow") <= 1, $"the header overflows: {header}");
        Assert.True(Number("right") <= Number("viewport") + 1, $"the header runs off the screen: {header}");
        Assert.Equal((1d, 1d, 1d), (Number("name"), Number("zh"), Number("logout")));
    }

    /// <summary>No cell of a table with at least two characters of text is narrower than two of them (one character per line).</summary>
    private static async Task AssertNoCellIsOneCharacterWideAsync(IPage page, string path)
    {
        var narrow = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('td, th')].filter(c => {
                const text = c.innerText.trim();
                if (text.length < 2 || c.offsetParent === null) return false;
                const r = c.getBoundingClientRect(); const s = getComputedStyle(c);
                const pad = parseFloat(s.paddingLeft) + parseFloat(s.paddingRight);
                return r.width - pad < parseFloat(s.fontSize) * 1.9 && r.height > parseFloat(s.fontSize) * 2.6;
            }).map(c => c.innerText.trim().slice(0, 20))
            """);
        Assert.True(narrow.Length == 0, $"{path}: cells one character wide: {string.Join(" | ", narrow)}");
        var overflow = await page.EvaluateAsync<double>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 1, $"{path}: the page scrolls sideways by {overflow}px (a table should scroll inside itself)");
    }

    private sealed record World(HttpClient Admin, Guid IncubatorId, Guid OrganizationId, Guid SpaceId, string SpaceName, string Manager, string Representative);

    /// <summary>A district and incubator with one organization, one meeting room, its manager and its representative.</summary>
    private async Task<World> WorldAsync(string tag)
    {
        var admin = await app.AdminClientAsync();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var district = await PostAsync(admin, "/api/geography/areas", new { name = $"昆都仑区{suffix}", level = "District" });
        var incubator = await PostAsync(admin, "/api/geography/incubators", new { name = $"昆都仑区社会组织孵化园{suffix}", areaId = district["id"]!.GetValue<Guid>() });
        var incubatorId = incubator["id"]!.GetValue<Guid>();
        var organization = await PostAsync(admin, "/api/organizations", new
        {
            incubatorId, name = $"老来乐互助社{suffix}", category = "ConvenienceService", serviceDomains = new[] { "ElderlyCare" }, contactName = "王芳", contactPhone = "13704725678",
        });
        var spaceName = $"一号会议室{suffix}";
        var space = await PostAsync(admin, "/api/venues", new
        {
            incubatorId, kind = "MeetingRoom", name = spaceName, capacity = 30, equipment = new[] { "投影仪" },
            openingHours = Enum.GetNames<DayOfWeek>().Select(day => new { day, opens = "08:00:00", closes = "21:00:00" }),
        });
        var manager = $"m{tag}{suffix}";
        var representative = $"r{tag}{suffix}";
        await PostAsync(admin, "/api/accounts", new { userName = manager, displayName = "李经理", password = Password, role = "IncubatorManager", scopeId = incubatorId });
        await PostAsync(admin, "/api/accounts", new
        {
            userName = representative, displayName = "欧阳晓红", password = Password, role = "OrganizationRepresentative", scopeId = organization["id"]!.GetValue<Guid>(),
        });
        return new(admin, incubatorId, organization["id"]!.GetValue<Guid>(), space["id"]!.GetValue<Guid>(), spaceName, manager, representative);
    }

    private Task<IBrowserContext> NewContextAsync(int width, int height) =>
        app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = width, Height = height } });

    private static DateOnly LocalToday() => DateOnly.FromDateTime(VenueTime.ToLocal(DateTimeOffset.UtcNow, VenueTime.DefaultTimeZoneId));

    private static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    private static async Task LogInAsync(IPage page, string path, string userName)
    {
        await page.GotoAsync(path);
        await BrowserSteps.LogInAsync(page, userName, Password);
        await WaitForCircuit(page);
    }

    private static async Task Failure(IPage page, string name)
    {
        await Screenshot(page, $"failure-{name}.png");
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, $"failure-{name}.html"), await page.ContentAsync());
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
