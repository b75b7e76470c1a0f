using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Organizations;
using Incubator.Testing;

namespace Incubator.Api.Tests;

/// <summary>Recording registration: the code's type must match the legal form; another district's division only warns.</summary>
[Collection(ApiTestCollection.Name)]
public sealed class RegistrationApiTests(ApiAppFixture app)
{
    [Fact]
    public async Task TheTypeMustMatchTheLegalFormAndAnotherDistrictsDivisionIsAWarningNotARefusal()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (districtId, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var district = JsonNode.Parse(await scenario.Admin.GetStringAsync("/api/geography"))!["areas"]!.AsArray()
            .Single(a => a!["id"]!.GetValue<Guid>() == districtId)!;
        (await scenario.Admin.PutAsJsonAsync($"/api/geography/areas/{districtId}",
            new { name = district["name"]!.GetValue<string>(), divisionCode = "150203" })).EnsureSuccessStatusCode();
        var organizationId = await scenario.FileAsync(scenario.Admin, incubatorId);
        var path = $"/api/organizations/{organizationId}/registration";
        var socialGroupOfQingshan = Code("51150204");

        var missing = await ApiScenario.ProblemAsync(await scenario.Admin.PostAsJsonAsync(path, new { creditCode = socialGroupOfQingshan }), HttpStatusCode.BadRequest);
        Assert.Equal(["legalForm"], missing["errors"]!.AsObject().Select(p => p.Key));
        var mismatch = await ApiScenario.ProblemAsync(
            await scenario.Admin.SendAsync(ApiScenario.Post(path, new { creditCode = socialGroupOfQingshan, legalForm = "Foundation" }, "zh-CN")), HttpStatusCode.BadRequest);
        Assert.Contains("基金会", mismatch["errors"]!["creditCode"]![0]!.GetValue<string>());
        Assert.Null(JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations/{organizationId}"))!["creditCode"]);

        var registered = await ApiScenario.PostAsync(scenario.Admin, path, new { creditCode = socialGroupOfQingshan, legalForm = "SocialGroup" });

        Assert.Equal(("Registered", "SocialGroup"), (registered["legalStatus"]!.GetValue<string>(), registered["legalForm"]!.GetValue<string>()));
        var warning = registered["divisionWarning"]!;
        Assert.Equal(("150204", "150203"), (warning["codeDivision"]!.GetValue<string>(), warning["districtDivision"]!.GetValue<string>()));

        var local = await scenario.FileAsync(scenario.Admin, incubatorId, Code("51150203"));
        Assert.Null(JsonNode.Parse(await scenario.Admin.GetStringAsync($"/api/organizations/{local}"))!["divisionWarning"]);
    }

    /// <summary>A fresh code of a social group registered at <paramref name="authorityTypeDivision"/> (e.g. 51150203).</summary>
    private static string Code(string authorityTypeDivision)
    {
        var content = authorityTypeDivision + TestCreditCodes.New()[8..17];
        return content + CreditCode.CheckCharacter(content);
    }
}
