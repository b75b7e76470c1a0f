using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Incubator.Testing;

namespace Incubator.Api.Tests;

/// <summary>Accounts with their ids, and clients signed in with a bearer token or through the login form (cookie).</summary>
internal static partial class AccountClients
{
    public static async Task<(string Id, string UserName)> CreateAsync(HttpClient admin, string role, Guid? scopeId, string password = ApiScenario.Password)
    {
        var userName = $"{role[..4].ToLowerInvariant()}{Guid.NewGuid():N}"[..20];
        var created = await ApiScenario.PostAsync(admin, "/api/accounts", new { userName, displayName = userName, password, role, scopeId });
        return (created["id"]!.GetValue<string>(), userName);
    }

    /// <summary>The token endpoint's answer: accessToken and refreshToken.</summary>
    public static async Task<JsonObject> TokenAsync(HttpClient client, string userName, string password = ApiScenario.Password)
    {
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"token: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public static HttpClient Bearer(ApiAppFixture app, string accessToken)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>
    /// A client sending the login cookie, signed in through the login form as a browser would. It keeps sending the same
    /// cookie whatever the answers say, so after a logout it is a replay of the old cookie.
    /// </summary>
    public static async Task<HttpClient> CookieAsync(ApiAppFixture app, string userName, string password = ApiScenario.Password)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/login");
        var token = AntiforgeryField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var login = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
                ["Input.UserName"] = userName,
                ["Input.Password"] = password,
            }),
        };
        login.Headers.Add("Cookie", CookiesOf(page));
        var response = await client.SendAsync(login);
        var cookie = CookiesOf(response);
        Assert.True(cookie.Contains("incubator.auth=", StringComparison.Ordinal), $"login form: {(int)response.StatusCode}, no login cookie");
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
