using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class PersonalDataTests(ApiAppFixture app)
{
    [Fact]
    public async Task ContactsAreMaskedForRolesThatDoNotWorkWithTheOrganization()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organizationId = await scenario.FileAsync(scenario.Admin, incubatorId);
        var leader = await scenario.AccountAsync("DistrictLeader", districtId);
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var officer = await scenario.AccountAsync("PartyBuildingOfficer", incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organizationId);

        var masked = await leader.GetFromJsonAsync<JsonObject>($"/api/organizations/{organizationId}");
        Assert.Equal("047****3456", masked!["contactPhone"]!.GetValue<string>());
        Assert.Equal("赵*", masked["contactName"]!.GetValue<string>());

        foreach (var client in new[] { manager, officer, representative, scenario.Admin })
        {
            var full = await client.GetFromJsonAsync<JsonObject>($"/api/organizations/{organizationId}");
            Assert.Equal("0472-5123456", full!["contactPhone"]!.GetValue<string>());
            Assert.Equal("赵敏", full["contactName"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task ErasingAPersonRemovesNameAndSignInButKeepsTheAccountId()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (id, userName) = await AccountClients.CreateAsync(scenario.Admin, "Volunteer", null);
        var token = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), userName))["accessToken"]!.GetValue<string>());

        var erased = await ApiScenario.PostAsync(scenario.Admin, $"/api/accounts/{id}/erase", new { });

        Assert.Equal(id, erased["id"]!.GetValue<string>());
        Assert.StartsWith("erased-", erased["userName"]!.GetValue<string>());
        Assert.Equal("", erased["displayName"]!.GetValue<string>());
        Assert.True(erased["disabled"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password = ApiScenario.Password })).StatusCode);
        var account = await scenario.Admin.GetStringAsync($"/api/accounts/{id}");
        Assert.DoesNotContain(userName, account);
        var audit = await scenario.Admin.GetFromJsonAsync<JsonObject>($"/api/audit?action=accountErased&actor={userName}");
        Assert.Single(audit!["items"]!.AsArray());
    }

    [Fact]
    public async Task ARepresentativeExportsHisOrganizationsDataAndNoOtherOne()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var own = await scenario.FileAsync(scenario.Admin, incubatorId);
        var other = await scenario.FileAsync(scenario.Admin, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", own);
        var leader = await scenario.AccountAsync("DistrictLeader", districtId);

        var export = await representative.GetFromJsonAsync<JsonObject>($"/api/organizations/{own}/export");
        Assert.Equal(own, export!["organization"]!["id"]!.GetValue<Guid>());
        Assert.Equal("0472-5123456", export["organization"]!["contactPhone"]!.GetValue<string>());
        Assert.NotEmpty(export["timeline"]!.AsArray());
        Assert.NotNull(export["ledger"]);

        await ApiScenario.ProblemAsync(await representative.GetAsync($"/api/organizations/{other}/export"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await leader.GetAsync($"/api/organizations/{own}/export"), HttpStatusCode.Forbidden);
        var audit = await scenario.Admin.GetFromJsonAsync<JsonObject>("/api/audit?action=export&pageSize=200");
        Assert.Contains(audit!["items"]!.AsArray(), e => e!["target"]!.GetValue<string>() == own.ToString());
    }
}
