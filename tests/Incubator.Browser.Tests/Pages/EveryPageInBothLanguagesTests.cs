using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Incubator.Client.Accounts;
using Incubator.Cohorts;
using Incubator.Venues;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;
using static Incubator.Browser.Tests.BrowserSteps;
using static Microsoft.Playwright.Assertions;

namespace Incubator.Browser.Tests;

/// <summary>
/// Every page of the UI, as every role, in both languages: a page may say "not found" or "no access" to a role, but it
/// says it in the viewer's language, shows labels rather than enum names and names rather than ids, and never breaks.
/// The pages are found from the Client's route table, so a new page fails here until <see cref="Fill"/> knows it.
/// </summary>
public sealed partial class EveryPageInBothLanguagesTests(EveryPageInBothLanguagesTests.PageWalkFixture app) : IClassFixture<EveryPageInBothLanguagesTests.PageWalkFixture>
{
    private const string Password = "Password-123456";

    /// <summary>The platform with one seed that every role's walk reads.</summary>
    public sealed class PageWalkFixture : BrowserFixture
    {
        private readonly SemaphoreSlim _seeding = new(1, 1);
        private object? _seed;

        internal async Task<T> SeedOnceAsync<T>(Func<Task<T>> seed)
            where T : class
        {
            await _seeding.WaitAsync();
            try
            {
                return (T)(_seed ??= await seed());
            }
            finally
            {
                _seeding.Release();
            }
        }
    }

    /// <summary>Words a Chinese page may show in Latin letters: the language switch and names of formats and standards.</summary>
    private static readonly HashSet<string> LatinAllowedInChinese = ["English", "API", "ICS", "Excel", "CSV", "PDF", "URL", "ID"];

    /// <summary>What the seed typed in: user data, shown as written in either language.</summary>
    private static readonly string[] UserData =
    [
        "昆都仑区", "少先路街道", "友谊社区", "昆都仑区社会组织孵化园", "夕阳红志愿服务队", "王芳", "第一批入驻", "治理结构", "服务成效",
        "一号会议室", "投影仪", "平台管理员 Administrator", "志愿者管理", "志愿服务", "招募、培训与激励", "孵化园多功能厅", "赵老师",
        "友谊社工站", "李晓梅", "独居老人助餐", "ZS2020150203001",
    ];

    public static TheoryData<string> AllRoles() => [.. Roles.All];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task EveryPageSpeaksTheViewersLanguageAndShowsNoRawValues(string role)
    {
        var seed = await app.SeedOnceAsync(SeedAsync);
        var userName = seed.UserNames[role];
        var routes = PageRoutes();
        var findings = new List<string>();
        foreach (var language in new[] { "zh-CN", "en" })
        {
            await using var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, ViewportSize = new() { Width = 1400, Height = 900 } });
            await context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = app.BaseUrl }]);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/account/login");
            await LogInAsync(page, userName, role == Roles.Administrator ? BrowserFixture.AdminPassword : Password);
            await WaitForCircuit(page);
            foreach (var (template, isStatic) in routes)
            {
                var path = Fill(template, seed);
                var response = await page.GotoAsync(path);
                if (response is { Status: >= 500 })
                {
                    findings.Add($"{language} {path}: HTTP {response.Status}");
                    continue;
                }

                if (response is { Status: >= 400 } && (await response.HeaderValueAsync("content-type"))?.Contains("json", StringComparison.Ordinal) == true)
                {
                    findings.Add($"{language} {path}: HTTP {response.Status} as raw JSON instead of a page");
                    continue;
                }

                if (!isStatic)
                {
                    await WaitForCircuit(page);
                }

                await Expect(page.Locator(".mud-progress-circular, .mud-progress-indeterminate")).ToHaveCountAsync(0);
                if (await page.Locator("#blazor-error-ui").IsVisibleAsync())
                {
                    findings.Add($"{language} {path}: the page broke (blazor-error-ui)");
                }

                var text = await page.Locator("body").InnerTextAsync();
                findings.AddRange(Inspect(text, language, seed.UserNames.Values).Select(finding => $"{language} {path}: {finding}"));
            }
        }

        Assert.True(findings.Count == 0, $"{role}:\n" + string.Join("\n", findings.Distinct()));
    }

    /// <summary>What a page's visible text must not contain, once the user data is taken out.</summary>
    private static IEnumerable<string> Inspect(string text, string language, IEnumerable<string> userNames)
    {
        foreach (var data in UserData.Concat(userNames).OrderByDescending(d => d.Length))
        {
            text = text.Replace(data, " ", StringComparison.Ordinal);
        }

        text = FilingNumberPattern().Replace(text, " ");
        text = MaskedNamePattern().Replace(text, " ");

        foreach (Match id in GuidPattern().Matches(text))
        {
            yield return $"an id instead of a name: {id.Value}";
        }

        foreach (Match identifier in IdentifierPattern().Matches(text))
        {
            yield return $"an enum or code name instead of its label: {identifier.Value}";
        }

        if (language == "en")
        {
            foreach (Match chinese in ChinesePattern().Matches(text.Replace("中文", " ", StringComparison.Ordinal)))
            {
                yield return $"Chinese on the English page: {Around(text, chinese.Index)}";
            }
        }
        else
        {
            foreach (Match word in LatinWordPattern().Matches(text))
            {
                if (!LatinAllowedInChinese.Contains(word.Value))
                {
                    yield return $"English on the Chinese page: {Around(text, word.Index)}";
                }
            }
        }
    }

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 15);
        return text.Substring(start, Math.Min(40, text.Length - start)).ReplaceLineEndings(" ");
    }

    /// <summary>
    /// Every routable page of the Client, and whether it is a static form (the sign-in pages, on the empty layout, which
    /// never opens a circuit).
    /// </summary>
    private static (string Template, bool IsStatic)[] PageRoutes() =>
        typeof(Roles).Assembly.GetTypes()
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => (
                route.Template,
                IsStatic: type.GetCustomAttribute<LayoutAttribute>()?.LayoutType.Name == "EmptyLayout")))
            .Where(route => route.Template is not "/account/login")
            .Distinct()
            .OrderBy(route => route.Template, StringComparer.Ordinal)
            .ToArray();

    /// <summary>A route template with the seed's ids in its parameters; a template this does not know fails the test.</summary>
    private static string Fill(string template, Seed seed) => template switch
    {
        "/cohorts/{Id:guid}" or "/cohorts/{Id:guid}/apply" or "/cohorts/{Id:guid}/board" => template.Replace("{Id:guid}", $"{seed.CohortId}"),
        "/organizations/{Id:guid}" or "/organizations/{Id:guid}/bookings" or "/organizations/{Id:guid}/certificate" =>
            template.Replace("{Id:guid}", $"{seed.OrganizationId}"),
        "/incubators/{IncubatorId:guid}/checkpoint-plan" => template.Replace("{IncubatorId:guid}", $"{seed.IncubatorId}"),
        "/training/courses/{Id:guid}" => template.Replace("{Id:guid}", $"{seed.CourseId}"),
        "/training/sessions/{Id:guid}" => template.Replace("{Id:guid}", $"{seed.SessionId}"),
        // No attended enrollment: the page says so, in the viewer's language.
        "/training/certificates/{SessionId:guid}/{EnrollmentId:guid}" => $"/training/certificates/{seed.SessionId}/{Guid.NewGuid()}",
        "/venues/{Id:guid}" => template.Replace("{Id:guid}", $"{seed.SpaceId}"),
        "/communities/{Id:guid}" => template.Replace("{Id:guid}", $"{seed.CommunityId}"),
        "/stations/{Id:guid}" => template.Replace("{Id:guid}", $"{seed.StationId}"),
        "/organizations/{Id:guid}/services" => template.Replace("{Id:guid}", $"{seed.OrganizationId}"),
        "/needs/{Id:guid}" => template.Replace("{Id:guid}", $"{seed.NeedId}"),
        "/social-workers/{Id:guid}" or "/social-workers/{Id:guid}/edit" => template.Replace("{Id:guid}", $"{seed.SocialWorkerId}"),
        // No engagement (it takes a proposal both sides accept): the page's "not found" state, which must also speak the
        // viewer's language.
        "/engagements/{Id:guid}" => template.Replace("{Id:guid}", $"{Guid.NewGuid()}"),
        _ when !template.Contains('{') => template,
        _ => throw new InvalidOperationException($"EveryPageInBothLanguagesTests does not know how to fill {template}: add it to Fill."),
    };

    private sealed record class Seed(
        Guid DistrictId, Guid SubdistrictId, Guid CommunityId, Guid IncubatorId, Guid OrganizationId, Guid CohortId, Guid CourseId, Guid SessionId, Guid SpaceId, Guid StationId,
        Guid SocialWorkerId, Guid NeedId)
    {
        /// <summary>One account per role; their user names are user data on the accounts and audit pages.</summary>
        public Dictionary<string, string> UserNames { get; } = new(StringComparer.Ordinal);
    }

    private async Task<Seed> SeedAsync()
    {
        var admin = await app.AdminClientAsync();
        var district = Id(await PostAsync(admin, "/api/geography/areas", new { name = "昆都仑区", level = "District" }));
        var subdistrict = Id(await PostAsync(admin, "/api/geography/areas", new { name = "少先路街道", level = "Subdistrict", parentId = district }));
        var community = Id(await PostAsync(admin, "/api/geography/areas", new { name = "友谊社区", level = "Community", parentId = subdistrict }));
        var incubator = Id(await PostAsync(admin, "/api/geography/incubators", new { name = "昆都仑区社会组织孵化园", areaId = district }));
        var organization = Id(await PostAsync(admin, "/api/organizations", new
        {
            incubatorId = incubator, name = "夕阳红志愿服务队", category = "ConvenienceService", serviceDomains = new[] { "ElderlyCare" },
            contactName = "王芳", contactPhone = "13704725678",
        }));
        var today = IntakeCalendar.Today(DateTimeOffset.UtcNow);
        var cohort = Id(await PostAsync(admin, "/api/cohorts", new
        {
            incubatorId = incubator, name = "第一批入驻", intakeOpensOn = today.AddDays(-1), intakeClosesOn = today.AddDays(30), capacity = 10,
            incubationMonths = 12, criteria = new[] { new { name = "治理结构", weight = 3 }, new { name = "服务成效", weight = 2 } },
            favouredCategories = new[] { "CharityPublicWelfare" }, favouredCategoryWeight = 2,
        }));
        var space = Id(await PostAsync(admin, "/api/venues", new
        {
            incubatorId = incubator, kind = "MeetingRoom", name = "一号会议室", capacity = 30, equipment = new[] { "投影仪" },
            openingHours = Enum.GetNames<DayOfWeek>().Select(day => new { day, opens = "08:00:00", closes = "21:00:00" }),
        }));
        var course = Id(await PostAsync(admin, "/api/courses", new { incubatorId = incubator, title = "志愿者管理", topic = "志愿服务", description = "招募、培训与激励", hoursPerSession = 2m }));
        // 10:00 in Beijing two days from now: inside the room's opening hours whatever the hour of the run.
        var startsAt = VenueTime.ToUtc(today.AddDays(2), new TimeOnly(10, 0), VenueTime.DefaultTimeZoneId)!.Value;
        var session = Id(await PostAsync(admin, $"/api/courses/{course}/sessions",
            new { startsAt, endsAt = startsAt.AddHours(2), spaceId = space, trainer = "赵老师", capacity = 20 }));
        var station = Id(await PostAsync(admin, "/api/stations", new
        {
            name = "友谊社工站", communityIds = new[] { community },
            openingHours = new[] { "Monday", "Wednesday" }.Select(day => new { day, opens = "09:00:00", closes = "17:00:00" }),
        }));
        var socialWorker = (await PostAsync(admin, "/api/social-workers", new
        {
            name = "李晓梅", phoneNumber = "13847210001", districtId = district, communityIds = new[] { community }, stationIds = new[] { station },
            skills = new[] { "ElderlyCare" }, weeklyHoursAvailable = 20, certificationLevel = "AssistantSocialWorker", certificateNumber = "ZS2020150203001",
            certifiedOn = today.AddYears(-2),
        }))["socialWorker"]!["id"]!.GetValue<Guid>();
        var need = Id(await PostAsync(admin, "/api/needs", new
        {
            communityId = community, title = "独居老人助餐", domain = "ElderlyCare", targetGroup = "Elderly", residentsAffected = 40, urgency = "High",
            wantedBy = today.AddDays(60), budget = 20_000m,
        }));
        var seed = new Seed(district, subdistrict, community, incubator, organization, cohort, course, session, space, station, socialWorker, need);
        foreach (var role in Roles.All)
        {
            seed.UserNames[role] = await AccountForAsync(admin, seed, role);
        }

        return seed;
    }

    private static async Task<string> AccountForAsync(HttpClient admin, Seed seed, string role)
    {
        if (role == Roles.Administrator)
        {
            return AdministratorSeed.UserName;
        }

        var scopeId = Roles.ScopeOf(role) switch
        {
            ScopeKind.District => seed.DistrictId,
            ScopeKind.Incubator => seed.IncubatorId,
            ScopeKind.Community => seed.CommunityId,
            ScopeKind.Organization => seed.OrganizationId,
            _ => (Guid?)null,
        };
        var userName = $"{role[..4].ToLowerInvariant()}{Guid.NewGuid():N}"[..16];
        // The display name is shown in the header: Chinese for one language would be "the other language" in the other.
        await PostAsync(admin, "/api/accounts", new { userName, displayName = "王芳", password = Password, role, scopeId });
        return userName;
    }

    private static async Task<JsonObject> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static Guid Id(JsonObject created) => created["id"]!.GetValue<Guid>();

    [GeneratedRegex(@"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", RegexOptions.IgnoreCase)]
    private static partial Regex GuidPattern();

    /// <summary>PascalCase or camelCase words (PurchaseOfService, elderlyCare, seedGrant.onApproval): names from code.</summary>
    [GeneratedRegex(@"\b(?:[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+|[a-z]+(?:[A-Z][a-z0-9]+)+)\b")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF]+")]
    private static partial Regex ChinesePattern();

    /// <summary>A filing number (BA + local date + the organization's id): a reference people copy, the same in both languages.</summary>
    [GeneratedRegex(@"BA\d{8}-[0-9A-F]{8}")]
    private static partial Regex FilingNumberPattern();

    /// <summary>A person's name masked for a reader who does not need it (王*): user data too.</summary>
    [GeneratedRegex(@"[\u4E00-\u9FFF]\*+")]
    private static partial Regex MaskedNamePattern();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex LatinWordPattern();
}
