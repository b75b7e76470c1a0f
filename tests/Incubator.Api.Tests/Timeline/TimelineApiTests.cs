using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class TimelineApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task TheTimelineIsPagedAndReadsInTheCallersLanguage()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var manager = await scenario.AccountAsync("IncubatorManager", incubatorId);
        var id = await scenario.FileAsync(manager, incubatorId);
        await ApiScenario.PostAsync(manager, $"/api/organizations/{id}/admission", new { incubationMonths = 6 });
        var geography = JsonNode.Parse(await scenario.Admin.GetStringAsync("/api/geography"))!;
        var incubatorName = geography["incubators"]!.AsArray().Single(i => i!["id"]!.GetValue<Guid>() == incubatorId)!["name"]!.GetValue<string>();

        var first = JsonNode.Parse(await manager.GetStringAsync($"/api/organizations/{id}/timeline?pageSize=2"))!;
        var next = first["next"]!.GetValue<string>();
        var second = JsonNode.Parse(await manager.GetStringAsync($"/api/organizations/{id}/timeline?pageSize=2&before={Uri.EscapeDataString(next)}"))!;

        Assert.Equal(["CheckpointsScheduled", "Admitted"], first["entries"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()));
        var filed = Assert.Single(second["entries"]!.AsArray())!;
        Assert.Null(second["next"]);
        Assert.Equal("备案", filed["label"]!.GetValue<string>());
        Assert.StartsWith($"在{incubatorName}备案", filed["text"]!.GetValue<string>());
        Assert.Equal(incubatorId.ToString(), filed["arguments"]!["incubatorId"]!.GetValue<string>());

        using var english = new HttpRequestMessage(HttpMethod.Get, $"/api/organizations/{id}/timeline");
        english.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        var inEnglish = JsonNode.Parse(await (await manager.SendAsync(english)).Content.ReadAsStringAsync())!["entries"]!.AsArray();
        Assert.StartsWith("Co-incubation checkpoints due ", inEnglish[0]!["text"]!.GetValue<string>());
        Assert.StartsWith("Admitted for 6 months; graduation review due ", inEnglish[1]!["text"]!.GetValue<string>());
        Assert.StartsWith($"Filed at {incubatorName} as ", inEnglish[2]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task AForeignCursorIsRefused()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var id = await scenario.FileAsync(scenario.Admin, incubatorId);

        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.GetAsync($"/api/organizations/{id}/timeline?before=yesterday"), System.Net.HttpStatusCode.BadRequest);

        Assert.NotNull(problem);
    }
}
