using System.Net;
using System.Text.Json.Nodes;
using Incubator.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Incubator.Api.Tests.Hosting;

[Collection(ApiTestCollection.Name)]
public sealed class SecurityHeadersTests(ApiAppFixture app)
{
    [Theory]
    [InlineData("/account/login", HttpStatusCode.OK)]
    [InlineData("/api/organizations", HttpStatusCode.Unauthorized)]
    [InlineData("/api/no-such-thing", HttpStatusCode.Unauthorized)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task PagesMayRunOnlyOurOwnScripts()
    {
        var response = await app.CreateClient().GetAsync("/account/login");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-eval", policy);
    }

    [Fact]
    public void KestrelSendsNoServerHeader() =>
        Assert.False(app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);

    [Fact]
    public async Task AnApiCallWithoutCredentialsIsToldTheScheme()
    {
        var response = await app.CreateClient().GetAsync("/api/organizations");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task HstsIsSentOverHttpsOnly()
    {
        var overHttps = await app.CreateClient(new() { BaseAddress = new Uri("https://incubator.example") }).GetAsync("/health/live");
        Assert.Contains("max-age=31536000", overHttps.Headers.GetValues("Strict-Transport-Security").Single());
        var overHttp = await app.CreateClient(new() { BaseAddress = new Uri("http://incubator.example") }).GetAsync("/health/live");
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("https://incubator.example", true)]
    [InlineData("http://incubator.example", false)]
    public async Task CookiesAreSecureOverHttps(string origin, bool secure)
    {
        var response = await app.CreateClient(new() { BaseAddress = new Uri(origin), AllowAutoRedirect = false }).GetAsync("/culture?culture=en");
        var cookie = response.Headers.GetValues("Set-Cookie").Single();
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task HttpsForwardedByALocalProxyCountsAsHttps()
    {
        // The test server's caller is local, as nginx on the same machine is (deploy/run-cluster.sh).
        var client = app.CreateClient(new() { BaseAddress = new Uri("http://incubator.example") });
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        Assert.Contains("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheApiOnly()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.StartsWith("/api/", path));
    }
}
