using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Client.Accounts;
using Incubator.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class AccountLifecycleTests(IncubatorAppFixture app)
{
    [Fact]
    public async Task DisablingAnAccountEndsItsTokenAndItsCookieOnTheNextRequest()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (id, userName) = await AccountClients.CreateAsync(scenario.Admin, "IncubatorManager", incubatorId);
        var bearer = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), userName))["accessToken"]!.GetValue<string>());
        var cookie = await AccountClients.CookieAsync(app, userName);
        Assert.Equal(HttpStatusCode.OK, (await bearer.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/api/auth/me")).StatusCode);

        var disabled = await ApiScenario.PostAsync(scenario.Admin, $"/api/accounts/{id}/disable", new { });
        Assert.True(disabled["disabled"]!.GetValue<bool>());

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync("/api/auth/me")).StatusCode);
        var refused = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password = ApiScenario.Password });
        Assert.Equal("auth.invalidCredentials", (await ApiScenario.ProblemAsync(refused, HttpStatusCode.Unauthorized))["code"]!.GetValue<string>());

        await ApiScenario.PostAsync(scenario.Admin, $"/api/accounts/{id}/enable", new { });
        await AccountClients.TokenAsync(app.CreateClient(), userName);
        // Enabling does not bring the ended sessions back.
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task ChangingTheRoleEndsOldSessionsAndTheNewTokenCarriesTheNewRole()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (id, userName) = await AccountClients.CreateAsync(scenario.Admin, "IncubatorManager", incubatorId);
        var bearer = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), userName))["accessToken"]!.GetValue<string>());

        var changed = await scenario.Admin.PutAsJsonAsync($"/api/accounts/{id}/role", new { role = "DistrictLeader", scopeId = districtId });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/auth/me")).StatusCode);
        var fresh = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), userName))["accessToken"]!.GetValue<string>());
        var me = await fresh.GetFromJsonAsync<JsonObject>("/api/auth/me");
        Assert.Equal("DistrictLeader", me!["role"]!.GetValue<string>());
        Assert.Equal(districtId, me["scopeId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task ARoleWithoutItsScopeIsRefusedNamingTheFieldAndChangesNothing()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (id, _) = await AccountClients.CreateAsync(scenario.Admin, "IncubatorManager", incubatorId);

        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PutAsJsonAsync($"/api/accounts/{id}/role", new { role = "OrganizationRepresentative" }), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("scopeId"), problem.ToJsonString());

        var account = await scenario.Admin.GetFromJsonAsync<JsonObject>($"/api/accounts/{id}");
        Assert.Equal("IncubatorManager", account!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task AdministratorsCannotDisableThemselves()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var me = await scenario.Admin.GetFromJsonAsync<JsonObject>("/api/auth/me");
        var accounts = await scenario.Admin.GetFromJsonAsync<JsonObject>("/api/accounts?pageSize=100");
        var own = accounts!["items"]!.AsArray().Single(a => a!["userName"]!.GetValue<string>() == me!["userName"]!.GetValue<string>())!["id"]!.GetValue<string>();

        var problem = await ApiScenario.ProblemAsync(await scenario.Admin.PostAsJsonAsync($"/api/accounts/{own}/disable", new { }), HttpStatusCode.Conflict);
        Assert.Equal("account.ownAccount", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task AResetPasswordIsShownOnceAndMustBeChangedBeforeAnythingElse()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (id, userName) = await AccountClients.CreateAsync(scenario.Admin, "IncubatorManager", incubatorId);
        var before = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), userName))["accessToken"]!.GetValue<string>());

        var reset = await ApiScenario.PostAsync(scenario.Admin, $"/api/accounts/{id}/password-reset", new { });
        var temporary = reset["temporaryPassword"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Unauthorized, (await before.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password = ApiScenario.Password })).StatusCode);
        var account = await scenario.Admin.GetFromJsonAsync<JsonObject>($"/api/accounts/{id}");
        Assert.True(account!["mustChangePassword"]!.GetValue<bool>());
        Assert.DoesNotContain(temporary, account.ToJsonString());

        var withTemporary = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), userName, temporary))["accessToken"]!.GetValue<string>());
        var blocked = await ApiScenario.ProblemAsync(await withTemporary.GetAsync("/api/organizations"), HttpStatusCode.Forbidden);
        Assert.Equal("auth.passwordChangeRequired", blocked["code"]!.GetValue<string>());
        Assert.True((await withTemporary.GetFromJsonAsync<JsonObject>("/api/auth/me"))!["mustChangePassword"]!.GetValue<bool>());

        const string chosen = "Chosen-Password-42";
        var changed = await withTemporary.PostAsJsonAsync("/api/auth/password", new { currentPassword = temporary, newPassword = chosen });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await withTemporary.GetAsync("/api/auth/me")).StatusCode);

        var after = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), userName, chosen))["accessToken"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await after.GetAsync("/api/organizations")).StatusCode);
    }

    [Fact]
    public async Task AWrongCurrentPasswordIsRefusedNamingTheField()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, userName) = await AccountClients.CreateAsync(scenario.Admin, "Volunteer", null);
        var client = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), userName))["accessToken"]!.GetValue<string>());

        var problem = await ApiScenario.ProblemAsync(
            await client.PostAsJsonAsync("/api/auth/password", new { currentPassword = "not-the-password", newPassword = "Another-Password-1" }), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("currentPassword"), problem.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task LoggingOutEndsTheTokenTheCookieAndTheRefreshToken()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, userName) = await AccountClients.CreateAsync(scenario.Admin, "Volunteer", null);
        var tokens = await AccountClients.TokenAsync(app.CreateClient(), userName);
        var bearer = AccountClients.Bearer(app, tokens["accessToken"]!.GetValue<string>());
        var cookie = await AccountClients.CookieAsync(app, userName);

        Assert.Equal(HttpStatusCode.NoContent, (await bearer.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = tokens["refreshToken"]!.GetValue<string>() })).StatusCode);
        // Another session of the same account goes on.
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task ACookieReplayedAfterLogoutIsRefused()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, userName) = await AccountClients.CreateAsync(scenario.Admin, "Volunteer", null);
        var cookie = await AccountClients.CookieAsync(app, userName);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cookie.GetAsync("/account/password")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await cookie.PostAsync("/api/auth/logout", null)).StatusCode);

        // The client still sends the old cookie.
        Assert.Equal(HttpStatusCode.Unauthorized, (await cookie.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await cookie.GetAsync("/organizations")).StatusCode);
    }

    [Fact]
    public async Task ARefreshTokenRotatesAndAReusedOneEndsTheWholeFamily()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, userName) = await AccountClients.CreateAsync(scenario.Admin, "Volunteer", null);
        var first = await AccountClients.TokenAsync(app.CreateClient(), userName);

        var second = await RefreshAsync(first["refreshToken"]!.GetValue<string>(), HttpStatusCode.OK);
        Assert.NotEqual(first["refreshToken"]!.GetValue<string>(), second["refreshToken"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await AccountClients.Bearer(app, second["accessToken"]!.GetValue<string>()).GetAsync("/api/auth/me")).StatusCode);
        // The access token of the older generation ends with the rotation.
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountClients.Bearer(app, first["accessToken"]!.GetValue<string>()).GetAsync("/api/auth/me")).StatusCode);

        // Someone replays the first refresh token: the session ends, the legitimate holder's new tokens too.
        await RefreshAsync(first["refreshToken"]!.GetValue<string>(), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await AccountClients.Bearer(app, second["accessToken"]!.GetValue<string>()).GetAsync("/api/auth/me")).StatusCode);
        await RefreshAsync(second["refreshToken"]!.GetValue<string>(), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnUnreadableRefreshTokenIsRefusedWith401()
    {
        var problem = await ApiScenario.ProblemAsync(
            await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken = "not-a-token" }), HttpStatusCode.Unauthorized);
        Assert.Equal("auth.invalidCredentials", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownUserWrongPasswordAndDisabledAccountGetTheSameAnswer()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, userName) = await AccountClients.CreateAsync(scenario.Admin, "Volunteer", null);
        var (disabledId, disabledName) = await AccountClients.CreateAsync(scenario.Admin, "Volunteer", null);
        await ApiScenario.PostAsync(scenario.Admin, $"/api/accounts/{disabledId}/disable", new { });

        var answers = new List<string>();
        foreach (var (name, password) in new[] { ("nobody" + Guid.NewGuid().ToString("N")[..8], ApiScenario.Password), (userName, "wrong-password-1"), (disabledName, ApiScenario.Password) })
        {
            var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = name, password });
            var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.Unauthorized);
            answers.Add(problem["code"]!.GetValue<string>() + "|" + problem["title"]!.GetValue<string>() + "|" + problem["detail"]!.GetValue<string>());
        }

        Assert.Single(answers.Distinct());
    }

    [Fact]
    public async Task ADistrictLeaderManagesOnlyAccountsInsideHisDistrict()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (_, otherIncubatorId) = await scenario.DistrictWithIncubatorAsync();
        var leader = await scenario.AccountAsync("DistrictLeader", districtId);
        var (inside, insideName) = await AccountClients.CreateAsync(scenario.Admin, "IncubatorManager", incubatorId);
        var (outside, _) = await AccountClients.CreateAsync(scenario.Admin, "IncubatorManager", otherIncubatorId);

        var insideToken = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), insideName))["accessToken"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/accounts/{inside}/disable", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await insideToken.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/accounts/{inside}/enable", new { })).StatusCode);

        await ApiScenario.ProblemAsync(await leader.PostAsJsonAsync($"/api/accounts/{outside}/disable", new { }), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await leader.PutAsJsonAsync($"/api/accounts/{inside}/role", new { role = "Administrator" }), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await leader.PutAsJsonAsync($"/api/accounts/{inside}/role", new { role = "IncubatorManager", scopeId = otherIncubatorId }), HttpStatusCode.Forbidden);
        var listed = JsonNode.Parse(await leader.GetStringAsync("/api/accounts?pageSize=100"))!["items"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ToArray();
        Assert.Contains(inside, listed);
        Assert.DoesNotContain(outside, listed);

        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync($"/api/accounts/{inside}/disable", new { })).StatusCode);
    }

    [Fact]
    public async Task ADistrictLeaderListsAndChangesTheAccountsOfHisDistrictOnly()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (otherDistrictId, otherIncubatorId) = await scenario.DistrictWithIncubatorAsync();
        var subdistrict = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = $"街道{Guid.NewGuid():N}"[..12], level = "Subdistrict", parentId = districtId });
        var community = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = $"社区{Guid.NewGuid():N}"[..12], level = "Community", parentId = subdistrict["id"]!.GetValue<Guid>() });
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        var foreignOrganization = await scenario.FileAsync(scenario.Admin, otherIncubatorId);
        var leader = await scenario.AccountAsync("DistrictLeader", districtId);
        var (manager, _) = await AccountClients.CreateAsync(scenario.Admin, "IncubatorManager", incubatorId);
        var (worker, _) = await AccountClients.CreateAsync(scenario.Admin, "CommunityWorker", community["id"]!.GetValue<Guid>());
        var (representative, representativeName) = await AccountClients.CreateAsync(scenario.Admin, "OrganizationRepresentative", organization);
        var (foreignManager, _) = await AccountClients.CreateAsync(scenario.Admin, "IncubatorManager", otherIncubatorId);
        var (foreignRepresentative, _) = await AccountClients.CreateAsync(scenario.Admin, "OrganizationRepresentative", foreignOrganization);
        var (otherLeader, _) = await AccountClients.CreateAsync(scenario.Admin, "DistrictLeader", otherDistrictId);
        var (volunteer, _) = await AccountClients.CreateAsync(scenario.Admin, "Volunteer", null);

        var page = JsonNode.Parse(await leader.GetStringAsync("/api/accounts?pageSize=100"))!;
        var listed = page["items"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).Order().ToArray();
        Assert.Equal(new[] { manager, worker, representative }.Order(), listed);
        Assert.Equal(3, page["totalCount"]!.GetValue<long>());

        // Inside his district: role and scope within it, a password reset, unlock.
        var moved = JsonNode.Parse(await (await leader.PutAsJsonAsync($"/api/accounts/{manager}/role", new { role = "PartyBuildingOfficer", scopeId = incubatorId })).Content.ReadAsStringAsync())!;
        Assert.Equal("PartyBuildingOfficer", moved["role"]!.GetValue<string>());
        var reset = await ApiScenario.PostAsync(leader, $"/api/accounts/{representative}/password-reset", new { });
        Assert.Equal(16, reset["temporaryPassword"]!.GetValue<string>().Length);
        await ApiScenario.ProblemAsync(await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = representativeName, password = ApiScenario.Password }), HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await leader.PostAsJsonAsync($"/api/accounts/{worker}/unlock", new { })).StatusCode);

        // Outside it, or not scoped inside it: nothing to find.
        foreach (var id in new[] { foreignManager, foreignRepresentative, otherLeader, volunteer })
        {
            await ApiScenario.ProblemAsync(await leader.GetAsync($"/api/accounts/{id}"), HttpStatusCode.NotFound);
            await ApiScenario.ProblemAsync(await leader.PostAsJsonAsync($"/api/accounts/{id}/password-reset", new { }), HttpStatusCode.NotFound);
            await ApiScenario.ProblemAsync(await leader.PostAsJsonAsync($"/api/accounts/{id}/unlock", new { }), HttpStatusCode.NotFound);
            await ApiScenario.ProblemAsync(await leader.PutAsJsonAsync($"/api/accounts/{id}/role", new { role = "IncubatorManager", scopeId = incubatorId }), HttpStatusCode.NotFound);
        }

        // Moving an account of his out of his district, or creating one, is not his to do.
        await ApiScenario.ProblemAsync(await leader.PutAsJsonAsync($"/api/accounts/{worker}/role", new { role = "OrganizationRepresentative", scopeId = foreignOrganization }), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await leader.PostAsJsonAsync("/api/accounts", new { userName = "leader-made", displayName = "x", password = ApiScenario.Password, role = "Volunteer" }), HttpStatusCode.Forbidden);
        var unchanged = JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/accounts/{worker}"))!;
        Assert.Equal(("CommunityWorker", community["id"]!.GetValue<Guid>()), (unchanged["role"]!.GetValue<string>(), unchanged["scopeId"]!.GetValue<Guid>()));
    }

    [Fact]
    public async Task EndedSessionsAreDeletedAndLiveOnesKept()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (id, userName) = await AccountClients.CreateAsync(scenario.Admin, "Volunteer", null);
        var ended = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), userName))["accessToken"]!.GetValue<string>());
        await ended.PostAsync("/api/auth/logout", null);
        var live = AccountClients.Bearer(app, (await AccountClients.TokenAsync(app.CreateClient(), userName))["accessToken"]!.GetValue<string>());

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SessionStore>().DeleteEndedAsync(DateTimeOffset.UtcNow.AddMinutes(1));
        }

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("""SELECT count(*) FROM accounts."Sessions" WHERE "UserId" = @id""", connection);
        count.Parameters.AddWithValue("id", id);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
        Assert.Equal(HttpStatusCode.OK, (await live.GetAsync("/api/auth/me")).StatusCode);
    }

    private async Task<JsonObject> RefreshAsync(string refreshToken, HttpStatusCode expected)
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/refresh", new { refreshToken });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"refresh: {(int)response.StatusCode} {text}");
        return expected == HttpStatusCode.OK ? JsonNode.Parse(text)!.AsObject() : [];
    }
}
