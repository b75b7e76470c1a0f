using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class HubApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task TheManagerLinksAHubAndBothOrganizationsShowTheLink()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var hubId = await scenario.FileAsync(manager, incubatorId, name: $"枢纽中心{Guid.NewGuid():N}"[..12]);
        var supportedId = await scenario.FileAsync(manager, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", supportedId);

        Assert.True((await ApiScenario.PostAsync(manager, $"/api/organizations/{hubId}/hub", new { }))["isHub"]!.GetValue<bool>());
        var hub = await ApiScenario.PostAsync(manager, $"/api/organizations/{hubId}/hub/supported/{supportedId}", new { });

        Assert.Equal(supportedId, Assert.Single(hub["supported"]!.AsArray())!["organizationId"]!.GetValue<Guid>());
        var supported = await HubsAsync(representative, supportedId, 1);
        var link = Assert.Single(supported["hubs"]!.AsArray())!;
        Assert.Equal(hubId, link["organizationId"]!.GetValue<Guid>());
        Assert.StartsWith("枢纽中心", link["organizationName"]!.GetValue<string>());

        var unlinked = await manager.DeleteAsync($"/api/organizations/{hubId}/hub/supported/{supportedId}");
        Assert.Equal(HttpStatusCode.OK, unlinked.StatusCode);
        Assert.Empty((await HubsAsync(representative, supportedId, 0))["hubs"]!.AsArray());
        var timeline = JsonNode.Parse(await representative.GetStringAsync($"/api/organizations/{supportedId}/timeline"))!["entries"]!.AsArray();
        Assert.Equal(["HubUnlinked", "HubLinked"], timeline.Take(2).Select(e => e!["action"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ANonHubSupportingOthersIsA409AndSelfSupportA400()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var first = await scenario.FileAsync(scenario.Admin, incubatorId);
        var second = await scenario.FileAsync(scenario.Admin, incubatorId);

        var conflict = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync($"/api/organizations/{first}/hub/supported/{second}", new { }), HttpStatusCode.Conflict);
        Assert.Equal("isHub", conflict["field"]!.GetValue<string>());

        await ApiScenario.PostAsync(scenario.Admin, $"/api/organizations/{first}/hub", new { });
        var invalid = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync($"/api/organizations/{first}/hub/supported/{first}", new { }), HttpStatusCode.BadRequest);
        Assert.True(invalid["errors"]!.AsObject().ContainsKey("supportedId"), invalid.ToJsonString());
    }

    [Fact]
    public async Task ARepresentativeReadsHisLinksButCannotChangeThem()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var own = await scenario.FileAsync(scenario.Admin, incubatorId);
        var other = await scenario.FileAsync(scenario.Admin, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", own);

        Assert.Equal(HttpStatusCode.OK, (await representative.GetAsync($"/api/organizations/{own}/hub")).StatusCode);
        await ApiScenario.ProblemAsync(await representative.PostAsJsonAsync($"/api/organizations/{own}/hub", new { }), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await representative.GetAsync($"/api/organizations/{other}/hub"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AManagerLinksOnlyOrganizationsHeCanSee()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, mine) = await scenario.DistrictWithIncubatorAsync();
        var (_, theirs) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", mine);
        var hubId = await scenario.FileAsync(manager, mine);
        var foreign = await scenario.FileAsync(scenario.Admin, theirs);
        await ApiScenario.PostAsync(manager, $"/api/organizations/{hubId}/hub", new { });

        var problem = await ApiScenario.ProblemAsync(
            await manager.PostAsJsonAsync($"/api/organizations/{hubId}/hub/supported/{foreign}", new { }), HttpStatusCode.NotFound);
        Assert.Equal("supportedId", problem["field"]!.GetValue<string>());
        await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/organizations/{foreign}/hub"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync($"/api/organizations/{foreign}/hub", new { }), HttpStatusCode.NotFound);
    }

    /// <summary>The hub tells the supported organization one-way after answering: wait until that side lists <paramref name="count"/> hubs.</summary>
    private static async Task<JsonNode> HubsAsync(HttpClient client, Guid organizationId, int count)
    {
        JsonNode links = null!;
        await PollUntil.TrueAsync(
            async () => (links = JsonNode.Parse(await client.GetStringAsync($"/api/organizations/{organizationId}/hub"))!)["hubs"]!.AsArray().Count == count,
            TimeSpan.FromSeconds(10), $"{count} hubs on {organizationId}");
        return links;
    }
}
