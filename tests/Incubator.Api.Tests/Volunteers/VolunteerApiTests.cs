using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests;

[Collection(ApiTestCollection.Name)]
public sealed class VolunteerApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task AVolunteerRegistersHimselfWithAnIdCardNumberThatIsNeverShownInClear()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, communityId) = await CommunityAsync(scenario);
        var volunteer = await scenario.AccountAsync("Volunteer", null);
        var worker = await scenario.AccountAsync("CommunityWorker", communityId);

        var noCommunity = await ApiScenario.ProblemAsync(await volunteer.PostAsJsonAsync("/api/volunteers/me", new { name = "", mobileNumber = "0471-1234567", idCardNumber = "15010219900307123" }), HttpStatusCode.BadRequest);
        Assert.Equal(["name", "mobileNumber", "communityId", "idCardNumber"], Fields(noCommunity));
        await ApiScenario.ProblemAsync(await worker.PostAsJsonAsync("/api/volunteers/me", new { }), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.GetAsync("/api/volunteers/me")).StatusCode);

        var created = await volunteer.PostAsJsonAsync("/api/volunteers/me", new
        {
            name = "王海燕", mobileNumber = "13847211234", communityId, skills = new[] { "ElderlyCare" }, availability = "周末上午", idCardNumber = "11010519491231002x",
        });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var home = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("王海燕", "110***********002X", 0, 100), (home["volunteer"]!["name"]!.GetValue<string>(), home["idCardNumberMasked"]!.GetValue<string>(),
            home["stars"]!.GetValue<int>(), home["nextStarAt"]!.GetValue<int>()));
        Assert.DoesNotContain("11010519491231002", await volunteer.GetStringAsync("/api/volunteers/me"));
        await ApiScenario.ProblemAsync(await volunteer.PostAsJsonAsync("/api/volunteers/me", new { name = "王海燕", mobileNumber = "13847211234", communityId }), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task FortySimultaneousSignUpsThroughTheApiFillTheRolesExactly()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, communityId) = await CommunityAsync(scenario);
        var worker = await scenario.AccountAsync("CommunityWorker", communityId);
        var activityId = await PublishAsync(worker, communityId, DateTimeOffset.UtcNow.AddDays(2), headcount: 12);
        var volunteers = new List<HttpClient>();
        for (var i = 0; i < 40; i++)
        {
            volunteers.Add(await VolunteerAsync(scenario, communityId));
        }

        // The first one alone: the test's contract checker compiles an endpoint's schema on its first answer, and not concurrently.
        var firstAnswer = await volunteers[0].PostAsJsonAsync($"/api/volunteer-activities/{activityId}/sign-ups", new { role = "引导员" });
        var answers = (await Task.WhenAll(volunteers.Skip(1).Select(v => v.PostAsJsonAsync($"/api/volunteer-activities/{activityId}/sign-ups", new { role = "引导员" }))))
            .Prepend(firstAnswer).ToArray();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var signUps = (await Task.WhenAll(answers.Select(a => a.Content.ReadFromJsonAsync<JsonObject>())))!;
        Assert.Equal(12, signUps.Count(s => s!["status"]!.GetValue<string>() == "Seated"));
        Assert.Equal(Enumerable.Range(1, 28), signUps.Where(s => s!["status"]!.GetValue<string>() == "Waitlisted").Select(s => s!["waitlistPosition"]!.GetValue<int>()).Order());
        var role = JsonNode.Parse(await worker.GetStringAsync($"/api/volunteer-activities/{activityId}"))!["activity"]!["roles"]![0]!;
        Assert.Equal((12, 28), (role["taken"]!.GetValue<int>(), role["waiting"]!.GetValue<int>()));
        var seated = volunteers[signUps.ToList().FindIndex(s => s!["status"]!.GetValue<string>() == "Seated")];
        Assert.Equal("Cancelled", JsonNode.Parse(await (await seated.PostAsJsonAsync($"/api/volunteer-activities/{activityId}/cancellation", new { })).Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        var first = volunteers[signUps.ToList().FindIndex(s => s!["waitlistPosition"]?.GetValue<int>() == 1)];
        Assert.Equal("Seated", JsonNode.Parse(await first.GetStringAsync($"/api/volunteer-activities/{activityId}"))!["mySignUp"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OrganizersActOnlyOnTheirActivitiesAndVolunteersOnlyOnTheirOwnSignUp()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, communityId) = await CommunityAsync(scenario);
        var (_, otherCommunityId) = await CommunityAsync(scenario);
        var worker = await scenario.AccountAsync("CommunityWorker", communityId);
        var otherWorker = await scenario.AccountAsync("CommunityWorker", otherCommunityId);
        var activityId = await PublishAsync(worker, communityId, DateTimeOffset.UtcNow.AddMinutes(10), headcount: 5);
        var volunteer = await VolunteerAsync(scenario, communityId);
        var other = await VolunteerAsync(scenario, communityId);
        var signUp = await ApiScenario.PostAsync(volunteer, $"/api/volunteer-activities/{activityId}/sign-ups", new { role = "引导员" });
        var signUpId = signUp["id"]!.GetValue<Guid>();

        await ApiScenario.ProblemAsync(await otherWorker.GetAsync($"/api/volunteer-activities/{activityId}/check-in-code"), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await otherWorker.PostAsJsonAsync($"/api/volunteer-activities/{activityId}/sign-ups/{signUpId}/confirmation", new { }), HttpStatusCode.NotFound);
        await ApiScenario.ProblemAsync(await volunteer.GetAsync($"/api/volunteer-activities/{activityId}/check-in-code"), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await volunteer.GetAsync($"/api/volunteer-activities/{activityId}/sign-ups"), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await other.PostAsJsonAsync($"/api/volunteer-activities/{activityId}/sign-ups/{signUpId}/confirmation", new { }), HttpStatusCode.Forbidden);
        await ApiScenario.ProblemAsync(await other.PostAsJsonAsync($"/api/volunteer-activities/{activityId}/cancellation", new { }), HttpStatusCode.NotFound);
        Assert.Null(JsonNode.Parse(await other.GetStringAsync($"/api/volunteer-activities/{activityId}"))!["mySignUp"]);
        await ApiScenario.ProblemAsync(await otherWorker.PostAsJsonAsync("/api/volunteer-activities", new { communityId }), HttpStatusCode.NotFound);

        var code = JsonNode.Parse(await worker.GetStringAsync($"/api/volunteer-activities/{activityId}/check-in-code"))!;
        Assert.StartsWith("data:image/png;base64,", code["qrImage"]!.GetValue<string>());
        var wrong = code["code"]!.GetValue<string>() == "000000" ? "000001" : "000000";
        var refused = await ApiScenario.ProblemAsync(await volunteer.PostAsJsonAsync($"/api/volunteer-activities/{activityId}/check-in", new { code = wrong }), HttpStatusCode.BadRequest);
        Assert.Equal(["code"], Fields(refused));
        await ApiScenario.PostAsync(volunteer, $"/api/volunteer-activities/{activityId}/check-in", new { code = code["code"]!.GetValue<string>() });
        await ApiScenario.PostAsync(volunteer, $"/api/volunteer-activities/{activityId}/check-out", new { code = JsonNode.Parse(await worker.GetStringAsync($"/api/volunteer-activities/{activityId}/check-in-code"))!["code"]!.GetValue<string>() });

        var signUps = JsonNode.Parse(await worker.GetStringAsync($"/api/volunteer-activities/{activityId}/sign-ups"))!.AsArray();
        Assert.Equal("13847211234", signUps.Single(s => s!["id"]!.GetValue<Guid>() == signUpId)!["mobileNumber"]!.GetValue<string>());
        var startsAt = JsonNode.Parse(await worker.GetStringAsync($"/api/volunteer-activities/{activityId}"))!["activity"]!["startsAt"]!.GetValue<DateTimeOffset>();
        await ApiScenario.ProblemAsync(await worker.PostAsJsonAsync($"/api/volunteer-activities/{activityId}/sign-ups/{signUpId}/correction", new { checkedInAt = startsAt }), HttpStatusCode.BadRequest);
        var corrected = await ApiScenario.PostAsync(worker, $"/api/volunteer-activities/{activityId}/sign-ups/{signUpId}/correction",
            new { checkedInAt = startsAt, checkedOutAt = startsAt.AddHours(2), reason = "扫码时手机没电，负责人现场核实" });
        Assert.Equal(2.0m, corrected["hours"]!.GetValue<decimal>());
        await ApiScenario.PostAsync(worker, $"/api/volunteer-activities/{activityId}/sign-ups/{signUpId}/confirmation", new { });

        var home = JsonNode.Parse(await volunteer.GetStringAsync("/api/volunteers/me"))!;
        Assert.Equal(2.0m, home["confirmedHours"]!.GetValue<decimal>());
        Assert.Equal(0m, JsonNode.Parse(await other.GetStringAsync("/api/volunteers/me"))!["confirmedHours"]!.GetValue<decimal>());
        var certificate = await ApiScenario.PostAsync(volunteer, "/api/volunteers/me/certificates", new { });
        var verificationCode = certificate["verificationCode"]!.GetValue<string>();
        var anonymous = app.CreateClient();
        var verified = JsonNode.Parse(await anonymous.GetStringAsync($"/api/volunteer-certificates/{verificationCode}"))!;
        Assert.Equal(("王**", 2.0m), (verified["volunteerName"]!.GetValue<string>(), verified["hours"]!.GetValue<decimal>()));
        var altered = verificationCode[..^2] + (verificationCode[^2] == 'A' ? 'B' : 'A') + verificationCode[^1];
        await ApiScenario.ProblemAsync(await anonymous.GetAsync($"/api/volunteer-certificates/{altered}"), HttpStatusCode.NotFound);
    }

    private static async Task<(Guid DistrictId, Guid CommunityId)> CommunityAsync(ApiScenario scenario)
    {
        var district = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = $"区{Guid.NewGuid():N}"[..12], level = "District" });
        var subdistrict = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = $"街道{Guid.NewGuid():N}"[..12], level = "Subdistrict", parentId = district["id"] });
        var community = await ApiScenario.PostAsync(scenario.Admin, "/api/geography/areas", new { name = $"社区{Guid.NewGuid():N}"[..12], level = "Community", parentId = subdistrict["id"] });
        return (district["id"]!.GetValue<Guid>(), community["id"]!.GetValue<Guid>());
    }

    private static async Task<HttpClient> VolunteerAsync(ApiScenario scenario, Guid communityId)
    {
        var client = await scenario.AccountAsync("Volunteer", null);
        await ApiScenario.PostAsync(client, "/api/volunteers/me", new { name = "王志愿", mobileNumber = "13847211234", communityId });
        return client;
    }

    private static async Task<Guid> PublishAsync(HttpClient organizer, Guid communityId, DateTimeOffset startsAt, int headcount)
    {
        var published = await ApiScenario.PostAsync(organizer, "/api/volunteer-activities", new
        {
            communityId, title = "重阳节敬老活动", place = "社区活动室", startsAt, endsAt = startsAt.AddHours(3),
            roles = new[] { new { name = "引导员", headcount } }, targetGroup = "老年人",
        });
        return published["activity"]!["id"]!.GetValue<Guid>();
    }

    private static string[] Fields(JsonObject problem) => problem["errors"]!.AsObject().Select(e => e.Key).ToArray();
}
