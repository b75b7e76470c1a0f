using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class InputTests(ApiAppFixture app)
{
    [Fact]
    public async Task AWrongCheckCharacterIsA400NamingCreditCodeAndFilesNothing()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var name = $"错误代码组织{Guid.NewGuid():N}"[..14];
        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.SendAsync(ApiScenario.Post("/api/organizations", ApiScenario.Filing(incubatorId, "91350100M000100Y44", name), "en")),
            HttpStatusCode.BadRequest);
        Assert.Contains("check character", problem["errors"]!["creditCode"]![0]!.GetValue<string>());
        var found = JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations?incubatorId={incubatorId}"))!;
        Assert.Equal(0, found["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AMadeUpCreditCodeWithARightCheckCharacterIsA400AndFilesNothing()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();

        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.SendAsync(ApiScenario.Post("/api/organizations", ApiScenario.Filing(incubatorId, "123456789012345678"), "zh-CN")),
            HttpStatusCode.BadRequest);

        Assert.Contains("登记管理机关", problem["errors"]!["creditCode"]![0]!.GetValue<string>());
        var found = JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations?incubatorId={incubatorId}"))!;
        Assert.Equal(0, found["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task AUsedCreditCodeIsA409NamingTheHolder()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var code = TestCreditCodes.New();
        var holderName = $"持有者{Guid.NewGuid():N}"[..12];
        await scenario.FileAsync(scenario.Admin, incubatorId, code, holderName);

        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync("/api/organizations", ApiScenario.Filing(incubatorId, code.ToLowerInvariant())), HttpStatusCode.Conflict);
        Assert.Equal("creditCode", problem["field"]!.GetValue<string>());
        Assert.Contains(holderName, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task MissingFieldsAreAllNamed()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var problem = await ApiScenario.ProblemAsync(await scenario.Admin.PostAsJsonAsync("/api/organizations", new { }), HttpStatusCode.BadRequest);
        var fields = problem["errors"]!.AsObject().Select(e => e.Key).Order().ToArray();
        Assert.Equal(["category", "contactName", "contactPhone", "incubatorId", "name", "serviceDomains"], fields);
    }

    [Theory]
    [InlineData("{\"category\":\"NotACategory\"}", "category")]
    [InlineData("{\"incubatorId\":\"not-a-guid\"}", "incubatorId")]
    [InlineData("{\"serviceDomains\":\"ElderlyCare\"}", "serviceDomains")]
    [InlineData("{\"name\":", "name")]
    [InlineData("[1,2]", "body")]
    public async Task UnreadableValuesAreA400NamingTheField(string body, string field)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var response = await scenario.Admin.PostAsync("/api/organizations", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("sort=Colour", "sort")]
    [InlineData("incubatorId=zzz", "incubatorId")]
    [InlineData("cursor=zzz", "cursor")]
    public async Task BadListParametersAreA400NamingTheParameter(string query, string field)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var problem = await ApiScenario.ProblemAsync(await scenario.Admin.GetAsync($"/api/organizations?{query}"), HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.ToJsonString());
    }

    [Fact]
    public async Task AnOutOfRangeIncubationPeriodIsA400()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var id = await scenario.FileAsync(scenario.Admin, incubatorId);
        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync($"/api/organizations/{id}/admission", new { incubationMonths = 99 }), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("incubationMonths"));
        var organization = JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations/{id}"))!;
        Assert.Equal("Applied", organization["stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAccountScopeMustNameSomethingThatExists()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync("/api/accounts", new { userName = "nobody1", displayName = "x", password = ApiScenario.Password, role = "IncubatorManager", scopeId = Guid.NewGuid() }),
            HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey("scopeId"));
    }
}
