using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

/// <summary>The common bounds (<see cref="Incubator.Common.InputBounds"/>) hold for every endpoint: each case here was a 500 or was stored unbounded.</summary>
[Collection(ApiTestCollection.Name)]
public sealed class InputBoundsTests(ApiAppFixture app)
{
    [Theory]
    [InlineData("\u0000")]
    [InlineData("\u001b[31m")]
    [InlineData("\u007f")]
    public async Task AControlCharacterInANameIsA400NamingTheFieldAndFilesNothing(string control)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.PostAsJsonAsync("/api/organizations", ApiScenario.Filing(incubatorId, TestCreditCodes.New(), $"控制字符{control}组织")),
            HttpStatusCode.BadRequest);
        Assert.Equal("field.controlCharacter", problem["errorCodes"]!["name"]![0]!.GetValue<string>());
        var found = JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations?incubatorId={incubatorId}"))!;
        Assert.Equal(0, found["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task LineBreaksAndTabsAreText()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var response = await scenario.Admin.PostAsJsonAsync($"/api/venues", new
        {
            incubatorId,
            kind = "MeetingRoom",
            name = $"会议室{Guid.NewGuid():N}"[..10],
            capacity = 10,
            openingHours = new[] { new { day = "Monday", opens = "08:00:00", closes = "21:00:00" } },
            equipment = new[] { "投影仪\t白板" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("week?date=9999-12-31", "date")]
    [InlineData("week?date=9999-12-27", "date")]
    [InlineData("week?date=0001-01-01", "date")]
    public async Task AnExtremeWeekDateIsA400NamingIt(string query, string field)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var problem = await ApiScenario.ProblemAsync(await scenario.Admin.GetAsync($"/api/venues/{Guid.NewGuid()}/{query}"), HttpStatusCode.BadRequest);
        Assert.Equal("field.outOfRange", problem["errorCodes"]![field]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("today=0001-01-01", "today")]
    [InlineData("today=9999-12-31", "today")]
    [InlineData("threshold=NaN", "threshold")]
    [InlineData("threshold=Infinity", "threshold")]
    public async Task ExtremeIdleParametersAreA400NamingThem(string query, string field)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var problem = await ApiScenario.ProblemAsync(await scenario.Admin.GetAsync($"/api/venues/idle?incubatorId={incubatorId}&{query}"), HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task TenThousandTranchesAreA400AndNoContract()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (district, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        var budget = $"/api/budgets/{district}/2026";
        await scenario.Admin.PutAsJsonAsync($"{budget}/allocation", new { amount = 1_000_000m });
        var projectId = (await ApiScenario.PostAsync(scenario.Admin, $"{budget}/projects", new { name = "培训", category = "StaffTraining" }))["projects"]![0]!["id"]!.GetValue<Guid>();

        var response = await scenario.Admin.PostAsJsonAsync($"{budget}/contracts", new
        {
            projectId,
            organizationId = organization,
            kind = "SeedGrant",
            amount = 10_000m,
            startsOn = "2026-01-01",
            endsOn = "2026-12-31",
            tranches = Enumerable.Range(0, 10_000).Select(_ => new { amount = 1m, dueOn = "2026-01-01", condition = "签约后" }),
        });
        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("field.tooMany", problem["errorCodes"]!["tranches"]![0]!.GetValue<string>());
        var read = JsonNode.Parse(await scenario.Admin.GetStringAsync(budget))!;
        Assert.DoesNotContain(organization.ToString(), read.ToJsonString());
    }

    [Fact]
    public async Task AContractEndingInTheYear9999IsA400NamingItsEnd()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (district, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var organization = await scenario.FileAsync(scenario.Admin, incubatorId);
        var budget = $"/api/budgets/{district}/2026";
        var response = await scenario.Admin.PostAsJsonAsync($"{budget}/contracts", new
        {
            projectId = Guid.NewGuid(),
            organizationId = organization,
            kind = "SeedGrant",
            amount = 10m,
            startsOn = "0001-01-01",
            endsOn = "9999-12-31",
            tranches = new[] { new { amount = 10m, dueOn = "9999-12-31", condition = "签约后" } },
        });
        var problem = await ApiScenario.ProblemAsync(response, HttpStatusCode.BadRequest);
        var fields = problem["errors"]!.AsObject().Select(e => e.Key).ToArray();
        Assert.Contains("startsOn", fields);
        Assert.Contains("endsOn", fields);
        Assert.Contains("tranches[0].dueOn", fields);
    }

    [Theory]
    [InlineData("/api/venues")]
    [InlineData("/api/courses")]
    [InlineData("/api/cohorts")]
    [InlineData("/api/organizations")]
    public async Task ACallerWithoutRightsIsRefusedBeforeHisBodyIsJudged(string path)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var (_, otherIncubatorId) = await scenario.DistrictWithIncubatorAsync();
        var foreignManager = await scenario.AccountAsync("IncubatorManager", otherIncubatorId);
        // An invalid body (every other field missing) at an incubator he does not manage: 403, not 400 listing the fields.
        var response = await foreignManager.PostAsJsonAsync(path, new { incubatorId });
        await ApiScenario.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/dashboard/SiloMetadata/0")]
    [InlineData("/dashboard/SiloProperties/not-an-address")]
    [InlineData("/dashboard/SiloCounters/1.2.3.4")]
    [InlineData("/dashboard/SiloStats/%20")]
    [InlineData("/dashboard/HistoricalStats/x@y")]
    public async Task AnUnparsableSiloAddressOnTheDashboardIsA404(string path)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var response = await scenario.Admin.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
