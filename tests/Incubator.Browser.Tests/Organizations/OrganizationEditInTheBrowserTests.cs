using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

public sealed class OrganizationEditInTheBrowserTests(BrowserFixture app) : IClassFixture<BrowserFixture>
{
    private const string Password = "Password-123456";

    [Fact]
    public async Task TheManagerRenamesTheRepresentativeChangesOnlyTheContacts()
    {
        var admin = await app.AdminClientAsync();
        var district = (await PostAsync(admin, "/api/geography/areas", new { name = "东河区", level = "District" }))["id"]!.GetValue<Guid>();
        var incubatorId = (await PostAsync(admin, "/api/geography/incubators", new { name = "东河区社会组织孵化园", areaId = district }))["id"]!.GetValue<Guid>();
        var organizationId = (await PostAsync(admin, "/api/organizations", new
        {
            incubatorId, name = "东河青年志愿队", category = "ConvenienceService", serviceDomains = new[] { "Youth" }, contactName = "孙丽", contactPhone = "13704729999",
        }))["id"]!.GetValue<Guid>();
        await PostAsync(admin, "/api/accounts", new { userName = "donghemanager", displayName = "周经理", password = Password, role = "IncubatorManager", scopeId = incubatorId });
        await PostAsync(admin, "/api/accounts", new { userName = "donghevolunteer", displayName = "孙丽", password = Password, role = "OrganizationRepresentative", scopeId = organizationId });

        await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "zh-CN", ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync($"/organizations/{organizationId}");
            await LogInAsync(page, "donghemanager", Password);
            await Expect(page.GetByTestId("organization-name")).ToHaveTextAsync("东河青年志愿队");
            var favicon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
            Assert.Equal(200, (await page.APIRequest.GetAsync(favicon!)).Status);
            await WaitForCircuit(page);
            await page.GetByTestId("edit-organization").ClickAsync();
            await page.GetByTestId("edit-name").FillAsync("东河青年志愿服务队");
            await page.GetByTestId("edit-save").ClickAsync();
            await Expect(page.GetByTestId("organization-name")).ToHaveTextAsync("东河青年志愿服务队");
            await Expect(page.GetByTestId("former-names")).ToContainTextAsync("东河青年志愿队");
            await Expect(page.GetByTestId("timeline")).ToContainTextAsync("名称由“东河青年志愿队”变更为“东河青年志愿服务队”");
            await Screenshot(page, "organization-renamed.png");

            await context.ClearCookiesAsync();
            await page.GotoAsync($"/organizations/{organizationId}");
            await LogInAsync(page, "donghevolunteer", Password);
            await Expect(page.GetByTestId("organization-name")).ToHaveTextAsync("东河青年志愿服务队");
            await WaitForCircuit(page);
            await page.GetByTestId("edit-organization").ClickAsync();
            await Expect(page.GetByTestId("edit-contact-name")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("edit-name")).ToHaveCountAsync(0);
            await page.GetByTestId("edit-contact-name").FillAsync("李强");
            await page.GetByTestId("edit-contact-phone").FillAsync("13904720000");
            await page.GetByTestId("edit-save").ClickAsync();
            await Expect(page.GetByTestId("timeline")).ToContainTextAsync("联系方式已更新，联系人：李强");
            await Expect(page.GetByTestId("organization-edit")).ToHaveCountAsync(0);
        }
        catch
        {
            await Screenshot(page, "failure-organization-edit.png");
            await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "failure-organization-edit.html"), await page.ContentAsync());
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
