using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Client.Audit;
using Incubator.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class AuditLogTests(ApiAppFixture app)
{
    [Fact]
    public async Task LoginsAndAccountChangesAreRecordedWithWhoAndWhat()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (id, userName) = await AccountClients.CreateAsync(scenario.Admin, "Volunteer", null);
        await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password = "wrong-password-1" });
        await AccountClients.TokenAsync(app.CreateClient(), userName);
        await ApiScenario.PostAsync(scenario.Admin, $"/api/accounts/{id}/disable", new { });

        var page = await scenario.Admin.GetFromJsonAsync<JsonObject>($"/api/audit?actor={userName}");
        var entries = page!["items"]!.AsArray().Select(e => (
            Action: e!["action"]!.GetValue<string>(), Succeeded: e["succeeded"]!.GetValue<bool>(), Actor: e["actorName"]?.GetValue<string>())).ToList();
        Assert.Contains((AuditActions.Login, false, (string?)null), entries);
        Assert.Contains((AuditActions.Login, true, (string?)null), entries);
        Assert.Contains((AuditActions.AccountCreated, true, (string?)"admin"), entries);
        Assert.Contains((AuditActions.AccountDisabled, true, (string?)"admin"), entries);
        Assert.Equal(entries.Count, page["totalCount"]!.GetValue<long>());
    }

    [Fact]
    public async Task DeletionsAreRecorded()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var hubId = await scenario.FileAsync(scenario.Admin, incubatorId);
        await ApiScenario.PostAsync(scenario.Admin, $"/api/organizations/{hubId}/hub", new { });
        Assert.True((await scenario.Admin.DeleteAsync($"/api/organizations/{hubId}/hub")).IsSuccessStatusCode);

        var page = await scenario.Admin.GetFromJsonAsync<JsonObject>($"/api/audit?action=deletion&pageSize=200");
        Assert.Contains(page!["items"]!.AsArray(), e => e!["target"]!.GetValue<string>() == $"/api/organizations/{hubId}/hub" && e["actorName"]!.GetValue<string>() == "admin");
    }

    [Fact]
    public async Task TheExportIsCsvWithFormulasDefusedAndIsItselfRecorded()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var typed = "=HYPERLINK(" + Guid.NewGuid().ToString("N")[..8] + ")";
        await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = typed, password = "x" });

        var response = await scenario.Admin.GetAsync($"/api/audit/export?actor={Uri.EscapeDataString(typed)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("时间,执行者,操作", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("'" + typed, lines[1]);
        Assert.DoesNotContain("," + typed, lines[1]);

        var exports = await scenario.Admin.GetFromJsonAsync<JsonObject>("/api/audit?action=export&pageSize=200");
        Assert.Contains(exports!["items"]!.AsArray(), e => e!["detail"]!.GetValue<string>().Contains(typed, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("action=nothing", "action")]
    [InlineData("from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z", "to")]
    [InlineData("pageSize=1000", "pageSize")]
    public async Task BadFiltersAreRefusedNamingTheField(string query, string field)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var problem = await ApiScenario.ProblemAsync(await scenario.Admin.GetAsync($"/api/audit?{query}"), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task OnlyAdministratorsReadTheAuditLog()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, _) = await scenario.DistrictWithIncubatorAsync();
        var leader = await scenario.AccountAsync("DistrictLeader", districtId);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await leader.GetAsync("/api/audit/export")).StatusCode);
    }

    [Fact]
    public async Task EntriesCannotBeChangedAndOnlyThoseOlderThanTheRetentionAreDeleted()
    {
        var marker = "retention-" + Guid.NewGuid().ToString("N")[..8];
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        foreach (var daysAgo in new[] { 400, 10 })
        {
            await using var insert = new NpgsqlCommand(
                """INSERT INTO accounts."AuditEntries" ("At", "Action", "Target", "Succeeded") VALUES (now() - make_interval(days => @days), 'login', @target, true)""", connection);
            insert.Parameters.AddWithValue("days", daysAgo);
            insert.Parameters.AddWithValue("target", marker);
            await insert.ExecuteNonQueryAsync();
        }

        await using (var update = new NpgsqlCommand("""UPDATE accounts."AuditEntries" SET "Succeeded" = false WHERE "Target" = @target""", connection))
        {
            update.Parameters.AddWithValue("target", marker);
            await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync() >= 1);
        }

        await using var count = new NpgsqlCommand("""SELECT count(*) FROM accounts."AuditEntries" WHERE "Target" = @target""", connection);
        count.Parameters.AddWithValue("target", marker);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }
}
