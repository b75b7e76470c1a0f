using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

public sealed class FilingInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnAdministratorLogsInFilesAnOrganizationAndFindsItListed()
    {
        var admin = await app.AdminClientAsync();
        var district = await (await admin.PostAsJsonAsync("/api/geography/areas", new { name = "昆都仑区", level = "District" })).Content.ReadFromJsonAsync<JsonObject>();
        await admin.PostAsJsonAsync("/api/geography/incubators", new { name = "昆都仑区社会组织孵化园", areaId = district!["id"]!.GetValue<Guid>() });

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var violations = RecordPolicyViolations(page);
        try
        {
            await page.GotoAsync("/organizations");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
            await page.FillAsync("#userName", "admin");
            await page.FillAsync("#password", Testing.IncubatorAppFixture.AdminPassword);
            await page.ClickAsync("[data-testid=login-submit]");
            await Expect(page.GetByTestId("organization-table")).ToBeVisibleAsync();
            await WaitForCircuit(page);

            await page.GetByTestId("file-organization").ClickAsync();
            await Expect(page.GetByTestId("submit-filing")).ToBeVisibleAsync();
            await WaitForCircuit(page);
            // The only incubator is preselected; MudSelect opens a list of options on click.
            await Expect(Select(page, "field-incubator")).ToContainTextAsync("昆都仑区社会组织孵化园");
            await page.GetByTestId("field-name").FillAsync("阳光天使助残服务社");
            await OpenSelect(page, "field-category");
            await page.GetByRole(AriaRole.Option, new() { Name = "公益慈善类" }).ClickAsync();
            await ChooseManyAsync(page, "field-domains", "助残");
            await page.GetByTestId("field-contact-name").FillAsync("刘洋");
            await page.GetByTestId("field-contact-phone").FillAsync("13704721234");
            // A social group registered with civil affairs in Kundulun District (5, 1, 150203).
            await page.GetByTestId("field-credit-code").FillAsync("51150203MJ0000001F");
            // A code is recorded with the legal form its type (position 2) must match.
            await ChooseAsync(page, "field-legal-form", "社会团体");
            await page.GetByTestId("submit-filing").ClickAsync();

            await Expect(page.GetByTestId("organization-name")).ToHaveTextAsync("阳光天使助残服务社");
            await Expect(page.GetByTestId("organization-stage")).ToHaveTextAsync("申请入驻");
            await Expect(page.GetByTestId("timeline")).ToContainTextAsync("备案");

            await page.GotoAsync("/organizations");
            await WaitForCircuit(page);
            await page.GetByTestId("organization-search").FillAsync("阳光");
            await Expect(page.GetByTestId("organization-table").Locator("tbody tr")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("organization-table")).ToContainTextAsync("阳光天使助残服务社");
            await Expect(page.GetByTestId("organization-table")).ToContainTextAsync("51150203MJ0000001F");
            await Expect(page.GetByTestId("organization-total")).ToHaveTextAsync("共 1 个组织");
            await Expect(page.GetByTestId("organization-next")).ToBeDisabledAsync();
            await Screenshot(page, "organization-listed.png");

            await page.GotoAsync("/accounts");
            await WaitForCircuit(page);
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "admin", Exact = true })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "平台管理员", Exact = true })).ToBeVisibleAsync();
            // Blazor's circuit, MudBlazor's selects, dialogs and inline styles all worked under the security headers' policy.
            Assert.Empty(violations);
        }
        catch
        {
            await Screenshot(page, "failure-filing.png");
            await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "failure-filing.html"), await page.ContentAsync());
            throw;
        }
    }

    [Fact]
    public async Task TheLanguageSwitchShowsEnglish()
    {
        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await Expect(page.Locator("[data-testid=login-submit]")).ToHaveTextAsync("登录");
        await page.GetByText("English").ClickAsync();
        await Expect(page.Locator("[data-testid=login-submit]")).ToHaveTextAsync("Log in");
        await Screenshot(page, "login-english.png");
    }
}
