using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class OrganizationEditApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task TheManagerRenamesAndTheOldNameIsKeptAndOnTheTimeline()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var organization = await scenario.FileAsync(manager, incubatorId, name: "阳光助残服务中心");

        var edited = await PatchAsync(manager, organization, new { name = " 阳光助残公益服务中心 ", serviceDomains = new[] { "DisabilityAid", "ElderlyCare" } });
        Assert.Equal("阳光助残公益服务中心", edited["name"]!.GetValue<string>());
        Assert.Equal("阳光助残服务中心", Assert.Single(edited["formerNames"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal(["DisabilityAid", "ElderlyCare"], edited["serviceDomains"]!.AsArray().Select(d => d!.GetValue<string>()));

        var listed = JsonNode.Parse(await manager.GetStringAsync($"/api/organizations?incubatorId={incubatorId}&search=公益"))!;
        Assert.Equal(organization, Assert.Single(listed["items"]!.AsArray())!["id"]!.GetValue<Guid>());

        var timeline = await TimelineTextsAsync(manager, organization);
        Assert.Contains("名称由“阳光助残服务中心”变更为“阳光助残公益服务中心”", timeline);
        Assert.Contains("服务领域变更为：助残、养老", timeline);
    }

    [Fact]
    public async Task TheRepresentativeChangesContactsButNotTheName()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId, name: "邻里互助社");
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);

        var refused = await ApiScenario.ProblemAsync(await representative.PatchAsJsonAsync($"/api/organizations/{organization}", new { name = "邻里互助协会" }), HttpStatusCode.Forbidden);
        Assert.Contains("更改组织名称或服务领域", refused["detail"]!.GetValue<string>());
        await ApiScenario.ProblemAsync(await representative.PatchAsJsonAsync($"/api/organizations/{organization}", new { serviceDomains = new[] { "Youth" } }), HttpStatusCode.Forbidden);

        var edited = await PatchAsync(representative, organization, new { contactName = "钱磊", contactPhone = "13904721111" });
        Assert.Equal(("邻里互助社", "钱磊", "13904721111"), (edited["name"]!.GetValue<string>(), edited["contactName"]!.GetValue<string>(), edited["contactPhone"]!.GetValue<string>()));
        var timeline = await TimelineTextsAsync(representative, organization);
        Assert.Contains("联系方式已更新，联系人：钱磊", timeline);
        Assert.DoesNotContain(timeline, t => t.Contains("13904721111", StringComparison.Ordinal));

        var otherOrganization = await scenario.FileAsync(scenario.Admin, incubatorId);
        await ApiScenario.ProblemAsync(await representative.PatchAsJsonAsync($"/api/organizations/{otherOrganization}", new { contactName = "钱磊" }), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{\"name\":\"  \"}", "name")]
    [InlineData("{\"serviceDomains\":[]}", "serviceDomains")]
    [InlineData("{\"contactPhone\":\"12345\"}", "contactPhone")]
    public async Task BadEditsNameTheFieldAndChangeNothing(string body, string field)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId, name: "原名服务社");

        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PatchAsync($"/api/organizations/{organization}", new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        var unchanged = JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations/{organization}"))!;
        Assert.Equal(("原名服务社", 0), (unchanged["name"]!.GetValue<string>(), unchanged["formerNames"]!.AsArray().Count));
    }

    [Fact]
    public async Task ExitingWithoutAReasonIsABadRequestNamingTheReason()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        await ApiScenario.PostAsync(scenario.Admin, $"/api/organizations/{organization}/admission", new { incubationMonths = 12 });

        var problem = await ApiScenario.ProblemAsync(await scenario.Admin.PostAsJsonAsync($"/api/organizations/{organization}/exit", new { reason = " " }), HttpStatusCode.BadRequest);
        Assert.Equal("reason", Assert.Single(problem["errors"]!.AsObject()).Key);
        var unchanged = JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations/{organization}"))!;
        Assert.Equal("Incubating", unchanged["stage"]!.GetValue<string>());
    }

    private static async Task<JsonObject> PatchAsync(HttpClient client, Guid organization, object body)
    {
        var response = await client.PatchAsJsonAsync($"/api/organizations/{organization}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<IReadOnlyList<string>> TimelineTextsAsync(HttpClient client, Guid organization)
    {
        var page = JsonNode.Parse(await client.GetStringAsync($"/api/organizations/{organization}/timeline"))!;
        return page["entries"]!.AsArray().Select(e => e!["text"]!.GetValue<string>()).ToArray();
    }
}
