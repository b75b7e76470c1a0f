using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class NeedsApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task ACommunityWorkerPostsForHisCommunityOnlyAndLeadersReadTheirDistrict()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var area = await AreasAsync(scenario);
        var other = await AreasAsync(scenario);
        var worker = await scenario.AccountAsync("CommunityWorker", area.Community);
        var otherWorker = await scenario.AccountAsync("CommunityWorker", other.Community);
        var leader = await scenario.AccountAsync("DistrictLeader", area.District);
        var otherLeader = await scenario.AccountAsync("DistrictLeader", other.District);

        var posted = await ApiScenario.PostAsync(worker, "/api/needs", Need());
        var id = posted["id"]!.GetValue<Guid>();
        Assert.Equal((area.Community, "Open", 0), (posted["communityId"]!.GetValue<Guid>(), posted["status"]!.GetValue<string>(), posted["proposals"]!.AsArray().Count));
        Assert.Equal(AreaToday().AddDays(14), DateOnly.Parse(posted["dueOn"]!.GetValue<string>()));

        var elsewhere = await ApiScenario.ProblemAsync(await worker.PostAsJsonAsync("/api/needs", Need(communityId: other.Community)), HttpStatusCode.NotFound);
        Assert.Equal("communityId", elsewhere["field"]!.GetValue<string>());
        await ApiScenario.ProblemAsync(await otherWorker.GetAsync($"/api/needs/{id}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await otherLeader.GetAsync($"/api/needs/{id}"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await otherWorker.PostAsJsonAsync($"/api/needs/{id}/closing", new { reason = "不是我的" }), HttpStatusCode.NotFound);

        var districtList = JsonNode.Parse(await leader.GetStringAsync("/api/needs"))!.AsArray();
        Assert.Contains(districtList, n => n!["id"]!.GetValue<Guid>() == id);
        Assert.DoesNotContain(JsonNode.Parse(await otherLeader.GetStringAsync("/api/needs"))!.AsArray(), n => n!["id"]!.GetValue<Guid>() == id);
        await ApiScenario.ProblemAsync(await leader.GetAsync($"/api/needs?areaId={other.District}"), HttpStatusCode.NotFound);
        // The leader reads it, but posting, proposing and closing are the community's.
        await ApiScenario.ProblemAsync(await leader.PostAsJsonAsync($"/api/needs/{id}/closing", new { reason = "区里关闭" }), HttpStatusCode.Forbidden);

        var closed = await ApiScenario.PostAsync(worker, $"/api/needs/{id}/closing", new { reason = "居民已自行解决" });
        Assert.Equal("Closed", closed["status"]!.GetValue<string>());
        var again = await ApiScenario.ProblemAsync(await worker.PostAsJsonAsync($"/api/needs/{id}/closing", new { reason = "再关一次" }), HttpStatusCode.Conflict);
        Assert.Equal("need.notOpen", again["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadNeedsAreRefusedNamingEachFieldAndNothingIsPosted()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var area = await AreasAsync(scenario);
        var worker = await scenario.AccountAsync("CommunityWorker", area.Community);

        var missing = await ApiScenario.ProblemAsync(await worker.PostAsJsonAsync("/api/needs", new { title = "助餐" }), HttpStatusCode.BadRequest);
        Assert.Equal(["domain", "residentsAffected", "targetGroup", "urgency", "wantedBy"], Fields(missing));

        var bad = await ApiScenario.ProblemAsync(await worker.PostAsJsonAsync("/api/needs", Need(residents: 0, wantedBy: AreaToday().AddDays(-3), budget: 10.001m)), HttpStatusCode.BadRequest);
        Assert.Equal(["budget", "residentsAffected", "wantedBy"], Fields(bad));

        var unknownEnum = await worker.PostAsJsonAsync("/api/needs", new { title = "助餐", domain = "Cooking", targetGroup = "Elderly", residentsAffected = 5, urgency = "High", wantedBy = "2030-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, unknownEnum.StatusCode);

        Assert.Empty(JsonNode.Parse(await worker.GetStringAsync("/api/needs"))!.AsArray());
        var settings = await ApiScenario.ProblemAsync(await worker.PutAsJsonAsync($"/api/needs/settings/{area.Community}", new { escalationDays = 0 }), HttpStatusCode.BadRequest);
        Assert.Equal("escalationDays", Fields(settings).Single());
        var set = await (await worker.PutAsJsonAsync($"/api/needs/settings/{area.Community}", new { escalationDays = 7 })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(7, set!["escalationDays"]!.GetValue<int>());
        var posted = await ApiScenario.PostAsync(worker, "/api/needs", Need());
        Assert.Equal(AreaToday().AddDays(7), DateOnly.Parse(posted["dueOn"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TheRepresentativeKeepsHisOfferAndTheCommunityWorkerReadsHisSubdistrictsList()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var area = await AreasAsync(scenario);
        var other = await AreasAsync(scenario);
        var manager = await scenario.AccountAsync("IncubatorManager", area.Incubator);
        var organization = await scenario.FileAsync(manager, area.Incubator);
        var representative = await scenario.AccountAsync("OrganizationRepresentative", organization);
        var otherOrganization = await scenario.FileAsync(manager, area.Incubator);
        var otherRepresentative = await scenario.AccountAsync("OrganizationRepresentative", otherOrganization);
        var worker = await scenario.AccountAsync("CommunityWorker", area.Community);
        var farWorker = await scenario.AccountAsync("CommunityWorker", other.Community);
        var path = $"/api/organizations/{organization}/service-offering";

        var bad = await ApiScenario.ProblemAsync(await representative.PutAsJsonAsync(path, new { domains = Array.Empty<string>(), targetGroups = new[] { "Elderly" }, areaIds = new[] { area.Subdistrict }, monthlyCapacity = -1, priced = false }), HttpStatusCode.BadRequest);
        Assert.Equal(["domains", "monthlyCapacity"], Fields(bad));
        var unknownArea = await ApiScenario.ProblemAsync(await representative.PutAsJsonAsync(path, Offer(Guid.NewGuid())), HttpStatusCode.BadRequest);
        Assert.Equal("areaIds", Fields(unknownArea).Single());
        await ApiScenario.ProblemAsync(await otherRepresentative.PutAsJsonAsync(path, Offer(area.Subdistrict)), HttpStatusCode.NotFound);

        var saved = await (await representative.PutAsJsonAsync(path, Offer(area.Subdistrict))).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(3, saved!["offering"]!["monthlyCapacity"]!.GetValue<int>());
        Assert.Empty(saved["evidence"]!.AsArray());

        Assert.Contains(JsonNode.Parse(await worker.GetStringAsync("/api/services"))!.AsArray(), o => o!["organizationId"]!.GetValue<Guid>() == organization);
        // He reads the offer (it serves his subdistrict) but does not keep it.
        await ApiScenario.ProblemAsync(await worker.PutAsJsonAsync(path, Offer(area.Community)), HttpStatusCode.Forbidden);
        Assert.DoesNotContain(JsonNode.Parse(await farWorker.GetStringAsync("/api/services"))!.AsArray(), o => o!["organizationId"]!.GetValue<Guid>() == organization);
        Assert.Single(JsonNode.Parse(await representative.GetStringAsync("/api/services"))!.AsArray());
        Assert.Empty(JsonNode.Parse(await otherRepresentative.GetStringAsync("/api/services"))!.AsArray());
        await ApiScenario.ProblemAsync(await farWorker.GetAsync(path), HttpStatusCode.NotFound);
    }

    internal sealed record class Areas(Guid District, Guid Subdistrict, Guid Community, Guid Incubator);

    internal static async Task<Areas> AreasAsync(ApiScenario scenario)
    {
        var (district, incubator) = await scenario.DistrictWithIncubatorAsync();
        var subdistrict = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = $"街道{Guid.NewGuid():N}", level = "Subdistrict", parentId = district });
        var community = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = $"社区{Guid.NewGuid():N}", level = "Community", parentId = subdistrict["id"]!.GetValue<Guid>() });
        return new(district, subdistrict["id"]!.GetValue<Guid>(), community["id"]!.GetValue<Guid>(), incubator);
    }

    internal static object Need(Guid? communityId = null, int residents = 40, DateOnly? wantedBy = null, decimal? budget = 20_000m) => new
    {
        communityId,
        title = "独居老人助餐",
        domain = "ElderlyCare",
        targetGroup = "Elderly",
        residentsAffected = residents,
        urgency = "High",
        wantedBy = wantedBy ?? AreaToday().AddDays(60),
        budget,
    };

    internal static object Offer(Guid areaId) => new
    {
        domains = new[] { "ElderlyCare" },
        targetGroups = new[] { "Elderly", "HardshipFamilies" },
        areaIds = new[] { areaId },
        monthlyCapacity = 3,
        priced = false,
    };

    private static string[] Fields(JsonObject problem) =>
        problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Today in the communities' zone (Asia/Shanghai): due dates are the area's dates, not UTC's.</summary>
    private static DateOnly AreaToday() =>
        DateOnly.FromDateTime(Incubator.Venues.VenueTime.ToLocal(DateTimeOffset.UtcNow, Incubator.Venues.VenueTime.DefaultTimeZoneId));
}
