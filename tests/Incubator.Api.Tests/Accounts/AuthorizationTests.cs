using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class AuthorizationTests(ApiAppFixture app)
{
    [Theory]
    [InlineData("GET", "/api/organizations")]
    [InlineData("POST", "/api/organizations")]
    [InlineData("GET", "/api/geography")]
    [InlineData("POST", "/api/geography/areas")]
    [InlineData("GET", "/api/accounts")]
    [InlineData("GET", "/api/review-tasks")]
    [InlineData("GET", "/api/auth/me")]
    [InlineData("GET", "/api/cohorts")]
    [InlineData("POST", "/api/cohorts")]
    public async Task AnonymousCallsAreRefusedWith401(string method, string path)
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/account/login")]
    public async Task LoginHealthAndTheApiDocumentAreAnonymous(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task PagesRedirectAnonymousVisitorsToTheLoginForm()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/organizations");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task DashboardsAreForAdministratorsOnly()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/dashboard")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scenario.Admin.GetAsync("/jobs")).StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsEveryApiEndpoint()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal))
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"\{(\w+):\w+\}", "{$1}").TrimEnd('/'))
            .Distinct()
            .ToArray();
        Assert.NotEmpty(endpoints);
        Assert.All(endpoints, endpoint => Assert.Contains(paths, p => p.Key.TrimEnd('/') == endpoint));
    }

    /// <summary>The only /api endpoints a stranger may call; everything else must carry an authorization policy.</summary>
    private static readonly string[] AnonymousApi = ["POST /api/auth/token", "POST /api/auth/refresh", "GET /api/volunteer-certificates/{code}"];

    [Fact]
    public void EveryApiEndpointRequiresAuthorizationUnlessListedAsAnonymous()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith("/api/", StringComparison.Ordinal))
            .ToArray();
        Assert.NotEmpty(endpoints);
        var unguarded = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            var name = $"{string.Join(",", methods)} /{endpoint.RoutePattern.RawText!.TrimStart('/')}";
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var guarded = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0
                || endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>().Count > 0;
            if (anonymous ? !AnonymousApi.Contains(name) : !guarded)
            {
                unguarded.Add(name);
            }
        }

        Assert.Empty(unguarded);
    }

    [Fact]
    public async Task ARepresentativeSeesOnlyHisOwnOrganization()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var own = await scenario.FileAsync(scenario.Admin, incubatorId);
        var other = await scenario.FileAsync(scenario.Admin, incubatorId);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", own);

        Assert.Equal(HttpStatusCode.OK, (await representative.GetAsync($"/api/organizations/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await representative.GetAsync($"/api/organizations/{own}/timeline")).StatusCode);
        await ApiScenario.ProblemAsync(await representative.GetAsync($"/api/organizations/{other}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await representative.GetAsync($"/api/organizations/{other}/timeline"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync($"/api/organizations/{other}/admission", new { incubationMonths = 12 }), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync($"/api/organizations/{own}/admission", new { incubationMonths = 12 }), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(
            await representative.PostAsJsonAsync("/api/organizations", ApiScenario.Filing(incubatorId)), HttpStatusCode.Forbidden);
        var list = JsonNode.Parse(await representative.GetStringAsync("/api/organizations"))!;
        Assert.Empty(list["items"]!.AsArray());
    }

    [Fact]
    public async Task AManagerWorksOnlyWithHisIncubatorsOrganizations()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, mine) = await scenario.DistrictWithIncubatorAsync();
        var (_, theirs) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", mine);
        var ours = await scenario.FileAsync(manager, mine);
        var foreign = await scenario.FileAsync(scenario.Admin, theirs);

        await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/organizations/{foreign}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await manager.PostAsJsonAsync("/api/organizations", ApiScenario.Filing(theirs)), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await manager.GetAsync($"/api/organizations?incubatorId={theirs}"), HttpStatusCode.NotFound);
        var list = JsonNode.Parse(await manager.GetStringAsync("/api/organizations?pageSize=100"))!["items"]!.AsArray();
        Assert.Equal([ours], list.Select(o => o!["id"]!.GetValue<Guid>()));

        var admitted = await ApiScenario.PostAsync(manager, $"/api/organizations/{ours}/admission", new { incubationMonths = 12 });
        Assert.Equal("Incubating", admitted["stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task ADistrictLeaderSeesHisDistrictOnly()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (district, inside) = await scenario.DistrictWithIncubatorAsync();
        var (_, outside) = await scenario.DistrictWithIncubatorAsync();
        var visible = await scenario.FileAsync(scenario.Admin, inside);
        var hidden = await scenario.FileAsync(scenario.Admin, outside);
        var leader = await scenario.AccountAsync("DistrictLeader", district);

        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/organizations/{visible}")).StatusCode);
        await ApiScenario.ProblemAsync(await leader.GetAsync($"/api/organizations/{hidden}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await leader.PostAsJsonAsync($"/api/organizations/{visible}/admission", new { }), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task OnlyAdministratorsManageAccountsAndGeography()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/api/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync("/api/geography/areas", new { name = "x", level = "District" })).StatusCode);
    }
}
