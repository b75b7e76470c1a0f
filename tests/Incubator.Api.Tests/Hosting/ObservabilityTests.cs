using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests.Hosting;

[Collection(ApiTestCollection.Name)]
public sealed class ObservabilityTests(ApiAppFixture app)
{
    public static TheoryData<string, HttpStatusCode> Problems => new()
    {
        { "not found", HttpStatusCode.NotFound },
        { "invalid", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public async Task AProblemsTraceIdFindsItsRequestInTheClientsLogFile(string kind, HttpStatusCode status)
    {
        var admin = await app.AdminClientAsync();
        var path = kind == "not found" ? $"/api/organizations/{Guid.NewGuid()}" : "/api/organizations";
        var response = kind == "not found" ? await admin.GetAsync(path) : await admin.PostAsJsonAsync(path, new { name = 42 });

        var problem = await ApiScenario.ProblemAsync(response, status);
        var traceId = problem["traceId"]!.GetValue<string>();
        Assert.Matches("^[0-9a-f]{32}$", traceId);

        JsonObject? request = null;
        await PollUntil.TrueAsync(() =>
        {
            request = LogEvents().FirstOrDefault(e => (string?)e["@tr"] == traceId && e["RequestPath"] is not null);
            return Task.FromResult(request is not null);
        }, TimeSpan.FromSeconds(10), $"the request log event of trace {traceId}");
        Assert.Equal(path, (string?)request!["RequestPath"]);
        Assert.Equal((int)status, (int?)request["StatusCode"]);
        Assert.Equal("admin", (string?)request["UserName"]);
        Assert.Equal("client", (string?)request["Process"]);
    }

    [Fact]
    public async Task MetricsAreForAdministratorsInPrometheusText()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/metrics")).StatusCode);

        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/metrics")).StatusCode);

        var response = await scenario.Admin.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ARefusedSignInIsLogged()
    {
        var userName = $"nobody{Guid.NewGuid():N}";
        var response = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password = "Wrong-Password-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        await PollUntil.TrueAsync(
            () => Task.FromResult(LogEvents().Any(e => (string?)e["UserName"] == userName && (string?)e["Reason"] == "unknown user")),
            TimeSpan.FromSeconds(10), $"the refused sign-in of {userName}");
    }

    /// <summary>Every event in the Client's JSON log files so far (read while the logger keeps them open).</summary>
    private IEnumerable<JsonObject> LogEvents()
    {
        foreach (var file in Directory.GetFiles(app.LogDirectory, "client-*.json"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            while (reader.ReadLine() is { } line)
            {
                // The last line may be half written.
                JsonObject? logEvent = null;
                try
                {
                    logEvent = JsonNode.Parse(line) as JsonObject;
                }
                catch (System.Text.Json.JsonException)
                {
                }

                if (logEvent is not null)
                {
                    yield return logEvent;
                }
            }
        }
    }
}
