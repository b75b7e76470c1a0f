using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Incubator.Common;
using Incubator.Testing;
using Incubator.Training;
using Incubator.Venues;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Api.Tests;

/// <summary>Sets up geography, organizations and accounts through the API itself, as an administrator would.</summary>
internal sealed class ApiScenario(ApiAppFixture app, HttpClient admin)
{
    public const string Password = "Password-123456";

    public static async Task<ApiScenario> StartAsync(ApiAppFixture app) => new(app, await app.AdminClientAsync());

    public HttpClient Admin => admin;

    public async Task<(Guid DistrictId, Guid IncubatorId)> DistrictWithIncubatorAsync()
    {
        var district = await PostAsync(admin, "/api/geography/areas", new { name = $"区{Guid.NewGuid():N}", level = "District" });
        var incubator = await PostAsync(admin, "/api/geography/incubators", new { name = $"孵化园{Guid.NewGuid():N}", areaId = district["id"]!.GetValue<Guid>() });
        return (district["id"]!.GetValue<Guid>(), incubator["id"]!.GetValue<Guid>());
    }

    public async Task<Guid> FileAsync(HttpClient client, Guid incubatorId, string? creditCode = null, string? name = null)
    {
        var filed = await PostAsync(client, "/api/organizations", Filing(incubatorId, creditCode, name));
        return filed["id"]!.GetValue<Guid>();
    }

    public static object Filing(Guid incubatorId, string? creditCode = null, string? name = null) => new
    {
        incubatorId,
        name = name ?? $"助残服务中心{Guid.NewGuid():N}"[..16],
        category = "CharityPublicWelfare",
        serviceDomains = new[] { "DisabilityAid" },
        contactName = "赵敏",
        contactPhone = "0472-5123456",
        creditCode,
        legalForm = creditCode is null ? null : "SocialGroup",
    };

    /// <summary>Creates an account and returns a client signed in as it.</summary>
    public async Task<HttpClient> AccountAsync(string role, Guid? scopeId)
    {
        var userName = $"{role[..4].ToLowerInvariant()}{Guid.NewGuid():N}"[..20];
        await PostAsync(admin, "/api/accounts", new { userName, displayName = userName, password = Password, role, scopeId });
        return await app.ClientForAsync(userName, Password);
    }

    /// <summary>
    /// A two-hour session that began an hour ago. The API books nothing in the past, so it is scheduled by the course's
    /// grain, as an older session with a typed place exists.
    /// </summary>
    public static async Task<Guid> StartedSessionAsync(IncubatorAppFixture app, Guid courseId, int capacity)
    {
        var startedAt = DateTimeOffset.UtcNow.AddHours(-1);
        var course = app.Services.GetRequiredService<IClusterClient>().GetGrain<ICourseGrain>(courseId);
        return (await course.ScheduleSessionAsync(new ScheduleSession(startedAt, startedAt.AddHours(2), "孵化园多功能厅", "赵老师", capacity), new Actor("test", "测试"))).Id;
    }

    /// <summary>A two-hour session through the API, in <paramref name="spaceId"/> at 10:00 Beijing on <paramref name="day"/>.</summary>
    public static async Task<Guid> SessionAheadAsync(HttpClient client, Guid courseId, Guid spaceId, DateOnly day, int capacity)
    {
        var startsAt = VenueTime.ToUtc(day, new TimeOnly(10, 0), VenueTime.DefaultTimeZoneId)!.Value;
        var created = await PostAsync(client, $"/api/courses/{courseId}/sessions",
            new { startsAt, endsAt = startsAt.AddHours(2), spaceId, trainer = "赵老师", capacity });
        return created["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created || response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>A JSON POST asking for answers in <paramref name="language"/> (Accept-Language), or with no preference when null.</summary>
    public static HttpRequestMessage Post(string path, object body, string? language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        return request;
    }

    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
