using System.Net;
using System.Net.Http.Json;
using Incubator.Testing;

namespace Incubator.Api.Tests;

/// <summary>Error answers are worded in the caller's language (zh-CN unless the caller asks for English) and carry codes.</summary>
[Collection(ApiTestCollection.Name)]
public sealed class ErrorLanguageTests(ApiAppFixture app)
{
    [Theory]
    [InlineData(null, "此项为必填项。", "提交的内容有误")]
    [InlineData("zh-CN", "此项为必填项。", "提交的内容有误")]
    [InlineData("en", "This field is required.", "The request has invalid fields.")]
    [InlineData("en-US,en;q=0.9", "This field is required.", "The request has invalid fields.")]
    public async Task AnInvalidRequestIsAnsweredInTheCallersLanguageWithCodes(string? language, string required, string title)
    {
        var scenario = await ApiScenario.StartAsync(app);
        var problem = await ApiScenario.ProblemAsync(
            await scenario.Admin.SendAsync(ApiScenario.Post("/api/organizations", new { }, language)), HttpStatusCode.BadRequest);

        Assert.Equal(title, problem["title"]!.GetValue<string>());
        Assert.Equal(required, problem["errors"]!["name"]![0]!.GetValue<string>());
        Assert.Equal("field.required", problem["errorCodes"]!["name"]![0]!.GetValue<string>());
        Assert.Equal("request.invalidFields", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheDetailOfAnInvalidRequestNamesEveryFieldByItsLabel()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var filing = new { incubatorId, name = " ", category = "CharityPublicWelfare", serviceDomains = new[] { "ElderlyCare" }, contactName = "王", contactPhone = "123" };

        var zh = await ApiScenario.ProblemAsync(await scenario.Admin.SendAsync(ApiScenario.Post("/api/organizations", filing, null)), HttpStatusCode.BadRequest);
        var en = await ApiScenario.ProblemAsync(await scenario.Admin.SendAsync(ApiScenario.Post("/api/organizations", filing, "en")), HttpStatusCode.BadRequest);

        Assert.Equal(["contactPhone", "name"], zh["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Contains("名称：此项为必填项。", zh["detail"]!.GetValue<string>());
        Assert.Contains("联系电话：", zh["detail"]!.GetValue<string>());
        Assert.Contains("Name: This field is required.", en["detail"]!.GetValue<string>());
        Assert.Contains("Contact phone: ", en["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task AConflictIsWordedInTheCallersLanguageNamingTheHolder()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var (_, incubatorId) = await scenario.DistrictWithIncubatorAsync();
        var code = TestCreditCodes.New();
        var holderName = $"持有者{Guid.NewGuid():N}"[..12];
        await scenario.FileAsync(scenario.Admin, incubatorId, code, holderName);

        var zh = await ApiScenario.ProblemAsync(
            await scenario.Admin.SendAsync(ApiScenario.Post("/api/organizations", ApiScenario.Filing(incubatorId, code), "zh-CN")), HttpStatusCode.Conflict);
        var en = await ApiScenario.ProblemAsync(
            await scenario.Admin.SendAsync(ApiScenario.Post("/api/organizations", ApiScenario.Filing(incubatorId, code), "en")), HttpStatusCode.Conflict);

        Assert.Equal($"统一社会信用代码 {code} 已由“{holderName}”使用。", zh["detail"]!.GetValue<string>());
        Assert.Equal($"Credit code {code} is already held by \"{holderName}\".", en["detail"]!.GetValue<string>());
        Assert.Equal(("creditCode.taken", holderName), (zh["code"]!.GetValue<string>(), zh["args"]!["holder"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AMissingThingAndAnUnknownRouteHaveChineseTitles()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var organization = await ApiScenario.ProblemAsync(await scenario.Admin.GetAsync($"/api/organizations/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        Assert.Equal(("未找到", "notFound"), (organization["title"]!.GetValue<string>(), organization["code"]!.GetValue<string>()));
        Assert.Equal("未找到该社会组织，或您无权查看。", organization["detail"]!.GetValue<string>());

        var route = await ApiScenario.ProblemAsync(await scenario.Admin.GetAsync("/api/no-such-thing"), HttpStatusCode.NotFound);
        Assert.Equal("未找到", route["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, "请先登录")]
    [InlineData("en", "Unauthorized")]
    public async Task AnAnonymousCallerGetsA401TitleInItsLanguage(string? language, string title)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/organizations");
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        var problem = await ApiScenario.ProblemAsync(await app.CreateClient().SendAsync(request), HttpStatusCode.Unauthorized);
        Assert.Equal(title, problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnUnreadableBodyIsWordedInEnglishWhenAsked()
    {
        var scenario = await ApiScenario.StartAsync(app);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/organizations") { Content = new StringContent("[1,2]", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.AcceptLanguage.ParseAdd("en");
        var problem = await ApiScenario.ProblemAsync(await scenario.Admin.SendAsync(request), HttpStatusCode.BadRequest);
        Assert.StartsWith("This value is missing a part", problem["errors"]!["body"]![0]!.GetValue<string>());
        Assert.Equal("field.unreadable", problem["errorCodes"]!["body"]![0]!.GetValue<string>());
    }
}
