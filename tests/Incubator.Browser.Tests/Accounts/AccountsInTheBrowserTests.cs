using System.Net.Http.Json;
using Microsoft.Playwright;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

public sealed class AccountsInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnAdministratorResetsAPasswordAndTheUserMustChooseANewOneAtNextLogin()
    {
        var admin = await app.AdminClientAsync();
        (await admin.PostAsJsonAsync("/api/accounts", new { userName = "zhang-sw", displayName = "张社工", password = "Old-Password-123", role = "SocialWorker" }))
            .EnsureSuccessStatusCode();

        await using var administrator = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await administrator.NewPageAsync();
        await page.GotoAsync("/accounts");
        await LogInAsync(page, "admin", Testing.IncubatorAppFixture.AdminPassword);
        await WaitForCircuit(page);
        await Expect(page.GetByTestId("account-status-zhang-sw")).ToContainTextAsync("正常");
        await page.GetByTestId("account-actions-zhang-sw").GetByRole(AriaRole.Button).ClickAsync();
        await page.GetByTestId("account-reset-password").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        // A refusal shows as a snackbar that fades: name it here rather than time out waiting for the password.
        var refusal = page.Locator(".mud-snackbar");
        await Expect(page.GetByTestId("temporary-password").Or(refusal).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        if (await refusal.First.IsVisibleAsync())
        {
            Assert.Fail($"The reset was refused: {await refusal.First.InnerTextAsync()}");
        }

        var temporary = await page.GetByTestId("temporary-password").InnerTextAsync();
        Assert.Equal(16, temporary.Length);
        await Screenshot(page, "account-temporary-password.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "我已记下" }).ClickAsync();
        await Expect(page.GetByTestId("account-status-zhang-sw")).ToContainTextAsync("待改密码");

        await using var user = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 900 } });
        var own = await user.NewPageAsync();
        await own.GotoAsync("/organizations");
        await LogInAsync(own, "zhang-sw", temporary);
        await Expect(own.GetByTestId("password-change-due")).ToBeVisibleAsync();
        // Any other page sends him back to the form until he has chosen a new password.
        await own.GotoAsync("/organizations");
        await Expect(own.GetByTestId("password-change-due")).ToBeVisibleAsync();
        await own.FillAsync("#currentPassword", temporary);
        await own.FillAsync("#newPassword", "New-Password-456");
        await own.FillAsync("#repeatPassword", "New-Password-456");
        await own.ClickAsync("[data-testid=change-password-submit]");
        await Expect(own.GetByTestId("current-user")).ToContainTextAsync("张社工");
        await own.GotoAsync("/organizations");
        await Expect(own.GetByTestId("password-change-due")).Not.ToBeAttachedAsync();
        await Expect(own.GetByTestId("current-user")).ToContainTextAsync("张社工");

        // The administrators' audit page shows the reset and the change, filtered by the account.
        await page.GotoAsync("/audit");
        await WaitForCircuit(page);
        await page.GetByTestId("audit-actor").FillAsync("zhang-sw");
        await page.GetByTestId("audit-apply").ClickAsync();
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync("重置密码");
        await Expect(page.GetByTestId("audit-table")).ToContainTextAsync("修改密码");
        // Created, reset, signed in with the temporary password, changed it: the administrator's own sign-ins are filtered out.
        await Expect(page.GetByTestId("audit-table").Locator("tbody tr")).ToHaveCountAsync(4);
        await Screenshot(page, "audit-log.png");
    }

    [Fact]
    public async Task ADistrictLeaderSeesAndDisablesOnlyTheAccountsOfHisDistrict()
    {
        var admin = await app.AdminClientAsync();
        async Task<Guid> IdOfAsync(string path, object body)
        {
            var response = await admin.PostAsJsonAsync(path, body);
            response.EnsureSuccessStatusCode();
            return (await response.Content.ReadFromJsonAsync<Created>())!.Id;
        }

        var district = await IdOfAsync("/api/geography/areas", new { name = "昆都仑区", level = "District" });
        var incubator = await IdOfAsync("/api/geography/incubators", new { name = "昆都仑区社会组织孵化园", areaId = district });
        var otherDistrict = await IdOfAsync("/api/geography/areas", new { name = "青山区", level = "District" });
        var otherIncubator = await IdOfAsync("/api/geography/incubators", new { name = "青山区社会组织孵化园", areaId = otherDistrict });
        foreach (var (userName, role, scope) in new[] { ("kdl-leader", "DistrictLeader", district), ("kdl-manager", "IncubatorManager", incubator), ("qs-manager", "IncubatorManager", otherIncubator) })
        {
            (await admin.PostAsJsonAsync("/api/accounts", new { userName, displayName = userName, password = "Password-123456", role, scopeId = scope })).EnsureSuccessStatusCode();
        }

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/accounts");
        await LogInAsync(page, "kdl-leader", "Password-123456");
        await WaitForCircuit(page);
        await Expect(page.GetByTestId("accounts-district")).ToContainTextAsync("昆都仑区");
        await Expect(page.GetByTestId("account-status-kdl-manager")).ToContainTextAsync("正常");
        await Expect(page.GetByTestId("account-status-qs-manager")).Not.ToBeAttachedAsync();
        await Expect(page.GetByTestId("account-status-kdl-leader")).Not.ToBeAttachedAsync();

        await page.GetByTestId("account-actions-kdl-manager").GetByRole(AriaRole.Button).ClickAsync();
        await page.GetByTestId("account-disable").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "确定" }).ClickAsync();
        await Expect(page.GetByTestId("account-status-kdl-manager")).ToContainTextAsync("已停用");
        await Screenshot(page, "accounts-district-leader.png");
    }

    private sealed record class Created(Guid Id);
}
