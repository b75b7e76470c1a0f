using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class OrganizationFlowTests(ApiAppFixture app)
{
    [Fact]
    public async Task FileAdmitAndReadTheTimelineThroughTheApi()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);

        var filed = await ApiScenario.PostAsync(manager, "/api/organizations", ApiScenario.Filing(incubatorId, "91350100M000100Y43".Replace("91", "51") is var c && Organizations.CreditCode.IsValid(c) ? c : null));
        var id = filed["id"]!.GetValue<Guid>();
        Assert.Equal("Applied", filed["stage"]!.GetValue<string>());

        await ApiScenario.PostAsync(manager, $"/api/organizations/{id}/admission", new { incubationMonths = 6 });
        var timeline = JsonNode.Parse(await manager.GetStringAsync($"/api/organizations/{id}/timeline"))!["entries"]!.AsArray();
        Assert.Equal(["CheckpointsScheduled", "Admitted", "Filed"], timeline.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(timeline, e => Assert.False(string.IsNullOrEmpty(e!["actorName"]!.GetValue<string>())));

        var me = await manager.GetFromJsonAsync<JsonObject>("/api/auth/me");
        Assert.Equal("IncubatorManager", me!["role"]!.GetValue<string>());
        Assert.Equal(incubatorId, me["scopeId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task SearchFindsByNameAndPagesInOrder()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        foreach (var name in new[] { "丙 老来乐", "甲 阳光天使", "乙 同一蓝天下" })
        {
            await scenario.FileAsync(scenario.Admin, incubatorId, name: name);
        }

        var page = JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations?incubatorId={incubatorId}&pageSize=2&sort=Name&descending=true"))!;
        Assert.Equal(3, page["totalCount"]!.GetValue<int>());
        Assert.Equal(["甲 阳光天使", "乙 同一蓝天下"], page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()));
        Assert.Null(page["previous"]);
        var next = page["next"]!.GetValue<string>();
        var last = JsonNode.Parse(await scenario.Admin.GetStringAsync(
            $"/api/organizations?incubatorId={incubatorId}&pageSize=2&sort=Name&descending=true&cursor={Uri.EscapeDataString(next)}"))!;
        Assert.Equal("丙 老来乐", Assert.Single(last["items"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Null(last["next"]);
        Assert.NotNull(last["previous"]);
        var found = JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations?incubatorId={incubatorId}&search={Uri.EscapeDataString("阳光")}"))!;
        Assert.Equal("甲 阳光天使", Assert.Single(found["items"]!.AsArray())!["name"]!.GetValue<string>());
    }
}
