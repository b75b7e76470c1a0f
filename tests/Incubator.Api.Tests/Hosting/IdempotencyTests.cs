using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class IdempotencyTests(ApiAppFixture app)
{
    [Fact]
    public async Task ARetriedFilingGetsTheFirstAnswerAndFilesNothingNew()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var name = $"重试服务社{Guid.NewGuid():N}"[..14];
        var key = Guid.NewGuid().ToString();

        var first = await scenario.Admin.SendAsync(Filing(incubatorId, name, key));
        var retry = await scenario.Admin.SendAsync(Filing(incubatorId, name, key));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        var filed = JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        var replayed = JsonNode.Parse(await retry.Content.ReadAsStringAsync())!;
        Assert.Equal(filed["id"]!.GetValue<Guid>(), replayed["id"]!.GetValue<Guid>());
        Assert.Equal(1, await CountNamedAsync(scenario.Admin, incubatorId, name));
    }

    [Fact]
    public async Task TheSameKeyWithAnotherRequestIsRefusedByName()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var key = Guid.NewGuid().ToString();
        var first = await scenario.Admin.SendAsync(Filing(incubatorId, $"甲社{Guid.NewGuid():N}"[..12], key));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var other = await scenario.Admin.SendAsync(Filing(incubatorId, $"乙社{Guid.NewGuid():N}"[..12], key));

        var problem = await ApiScenario.ProblemAsync(other, HttpStatusCode.BadRequest);
        Assert.Equal("idempotency.keyReused", problem["errorCodes"]!["Idempotency-Key"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("a b")]
    [InlineData(null)]
    public async Task AMalformedKeyIsRefusedAndFilesNothing(string? key)
    {
        key ??= new string('k', 201);
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var name = $"坏键社{Guid.NewGuid():N}"[..12];
        var request = Filing(incubatorId, name, null);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var problem = await ApiScenario.ProblemAsync(await scenario.Admin.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("idempotency.keyMalformed", problem["errorCodes"]!["Idempotency-Key"]![0]!.GetValue<string>());
        Assert.Equal(0, await CountNamedAsync(scenario.Admin, incubatorId, name));
    }

    [Fact]
    public async Task AFailedRequestKeepsNothingSoItsCorrectedRetryRuns()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var key = Guid.NewGuid().ToString();
        var name = $"改正社{Guid.NewGuid():N}"[..12];

        var refused = await scenario.Admin.SendAsync(Filing(Guid.NewGuid(), name, key));
        Assert.True((int)refused.StatusCode is >= 400 and < 500, $"{(int)refused.StatusCode}");
        var corrected = await scenario.Admin.SendAsync(Filing(incubatorId, name, key));

        Assert.Equal(HttpStatusCode.Created, corrected.StatusCode);
        Assert.False(corrected.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task KeysBelongToTheAccountThatSentThem()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var key = Guid.NewGuid().ToString();

        var byAdmin = await scenario.Admin.SendAsync(Filing(incubatorId, $"管理员社{Guid.NewGuid():N}"[..12], key));
        var byManager = await manager.SendAsync(Filing(incubatorId, $"经理社{Guid.NewGuid():N}"[..12], key));

        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byManager.StatusCode);
        Assert.False(byManager.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task ConcurrentRetriesFileOnceAndTheOthersReplayOrWait()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var name = $"并发社{Guid.NewGuid():N}"[..12];
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => scenario.Admin.SendAsync(Filing(incubatorId, name, key))));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"{(int)r.StatusCode}"));
        Assert.All(responses.Where(r => r.StatusCode == HttpStatusCode.Conflict), r => Assert.NotNull(r.Headers.RetryAfter));
        var ids = new HashSet<Guid>();
        foreach (var created in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
        {
            ids.Add(JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<Guid>());
        }

        Assert.Single(ids);
        Assert.Equal(1, await CountNamedAsync(scenario.Admin, incubatorId, name));
    }

    [Fact]
    public async Task TheApiReferenceDocumentsTheHeaderOnCreateEndpoints()
    {
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;

        var filing = document["paths"]!["/api/organizations"]!["post"]!["parameters"]!.AsArray();
        Assert.Contains(filing, p => p!["name"]!.GetValue<string>() == "Idempotency-Key" && p["in"]!.GetValue<string>() == "header");
        var reading = document["paths"]!["/api/organizations/{id}"]!["get"]!["parameters"]!.AsArray();
        Assert.DoesNotContain(reading, p => p!["name"]!.GetValue<string>() == "Idempotency-Key");
    }

    private static HttpRequestMessage Filing(Guid incubatorId, string name, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/organizations") { Content = JsonContent.Create(ApiScenario.Filing(incubatorId, name: name)) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    private static async Task<int> CountNamedAsync(HttpClient client, Guid incubatorId, string name)
    {
        var page = JsonNode.Parse(await client.GetStringAsync($"/api/organizations?incubatorId={incubatorId}&search={Uri.EscapeDataString(name)}"))!;
        return page["items"]!.AsArray().Count;
    }
}
