using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Incubator.Cohorts;
using Incubator.Testing;
using Incubator.Venues;

namespace Incubator.Api.Tests;

/// <summary>
/// One district with everything the API can name, set up by the administrator: a community incubator (so a community
/// worker's scope holds it), organizations, a space with a booking, a cohort, a course with sessions and enrollments, a
/// budget with a contract, a funding request, a milestone, a hub link and accounts to manage. Its ids fill the
/// placeholders of <see cref="AuthorizationMatrixTests"/>'s rows. Everything a row may change is already in the state the
/// change would leave it in (a disabled account to disable, a paid tranche to pay, a cancelled occurrence to cancel), so
/// no answer depends on the rows before it.
/// </summary>
internal sealed class AuthorizationWorld
{
    public const int Year = 2026;
    public const int ClosedYear = 2025;

    private AuthorizationWorld(IReadOnlyDictionary<string, string> values) => Values = values;

    /// <summary>Placeholder (without braces) → the value it stands for in this district.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    public Guid Incubator => Guid.Parse(Values["incubator"]);

    public Guid District => Guid.Parse(Values["district"]);

    public Guid Community => Guid.Parse(Values["community"]);

    public Guid Organization => Guid.Parse(Values["organization"]);

    public string Fill(string template)
    {
        foreach (var (name, value) in Values)
        {
            template = template.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return template;
    }

    public static async Task<AuthorizationWorld> CreateAsync(ApiScenario scenario, IncubatorAppFixture app)
    {
        var admin = scenario.Admin;
        var values = new Dictionary<string, string>();
        Guid Put(string name, Guid id)
        {
            values[name] = id.ToString();
            return id;
        }

        var district = Put("district", Id(await ApiScenario.PostAsync(admin, "/api/geography/areas", new { name = $"区{Guid.NewGuid():N}"[..12], level = "District" })));
        var subdistrict = Id(await ApiScenario.PostAsync(admin, "/api/geography/areas", new { name = $"街道{Guid.NewGuid():N}"[..12], level = "Subdistrict", parentId = district }));
        var community = Put("community", Id(await ApiScenario.PostAsync(admin, "/api/geography/areas", new { name = $"社区{Guid.NewGuid():N}"[..12], level = "Community", parentId = subdistrict })));
        var incubator = Put("incubator", Id(await ApiScenario.PostAsync(admin, "/api/geography/incubators", new { name = $"社区促进会{Guid.NewGuid():N}"[..16], areaId = community })));

        var organization = Put("organization", await scenario.FileAsync(admin, incubator));
        await ApiScenario.PostAsync(admin, $"/api/organizations/{organization}/admission", new { incubationMonths = 12 });
        var hub = Put("hub", await scenario.FileAsync(admin, incubator));
        var plain = Put("plain", await scenario.FileAsync(admin, incubator));
        await ApiScenario.PostAsync(admin, $"/api/organizations/{hub}/hub", new { });
        await ApiScenario.PostAsync(admin, $"/api/organizations/{hub}/hub/supported/{organization}", new { });

        var (representativeId, representativeName) = await AccountClients.CreateAsync(admin, "OrganizationRepresentative", organization);
        values["representativeName"] = representativeName;
        var representative = await app.ClientForAsync(representativeName, ApiScenario.Password);

        var space = Put("space", Id(await ApiScenario.PostAsync(admin, "/api/venues", new
        {
            incubatorId = incubator,
            kind = "MeetingRoom",
            name = $"会议室{Guid.NewGuid():N}"[..10],
            capacity = 30,
            openingHours = Enum.GetNames<DayOfWeek>().Select(day => new { day, opens = "08:00:00", closes = "21:00:00" }),
        })));
        var day = DateOnly.FromDateTime(VenueTime.ToLocal(DateTimeOffset.UtcNow, VenueTime.DefaultTimeZoneId)).AddDays(5);
        var booking = Put("booking", Id(await ApiScenario.PostAsync(representative, "/api/bookings", new
        {
            spaceId = space,
            organizationId = organization,
            purpose = "理事会",
            oneOff = new
            {
                start = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(8)),
                end = new DateTimeOffset(day.ToDateTime(new TimeOnly(11, 0)), TimeSpan.FromHours(8)),
            },
        })));
        await ApiScenario.PostAsync(representative, $"/api/bookings/{space}/{booking}/occurrences/0/cancel", new { restOfSeries = false });
        values["cancelledOccurrence"] = "0";

        var today = IntakeCalendar.Today(DateTimeOffset.UtcNow);
        Put("cohort", Id(await ApiScenario.PostAsync(admin, "/api/cohorts", new
        {
            incubatorId = incubator,
            name = $"第一批{Guid.NewGuid():N}"[..12],
            intakeOpensOn = today.AddDays(-1),
            intakeClosesOn = today.AddDays(30),
            capacity = 10,
            incubationMonths = 12,
            criteria = new[] { new { name = "治理结构", weight = 3 } },
            favouredCategories = Array.Empty<string>(),
            favouredCategoryWeight = 1,
        })));

        var course = Put("course", Id(await ApiScenario.PostAsync(admin, "/api/courses",
            new { incubatorId = incubator, title = $"志愿者管理{Guid.NewGuid():N}"[..12], topic = "志愿服务", description = "招募、培训与激励", hoursPerSession = 2m })));
        var session = Put("session", await ApiScenario.StartedSessionAsync(app, course, capacity: 10));
        var enrollment = Put("enrollment", Id(await ApiScenario.PostAsync(admin, $"/api/sessions/{session}/enrollments", new { organizationId = organization })));
        await ApiScenario.PostAsync(admin, $"/api/sessions/{session}/enrollments/{enrollment}/attendance", new { attended = true });
        var futureSession = Put("futureSession", await ApiScenario.SessionAheadAsync(admin, course, space, day.AddDays(-3), capacity: 10));
        var withdrawn = Put("withdrawn", Id(await ApiScenario.PostAsync(admin, $"/api/sessions/{futureSession}/enrollments", new { organizationId = plain })));
        await ApiScenario.PostAsync(admin, $"/api/sessions/{futureSession}/enrollments/{withdrawn}/withdrawal", new { });

        values["year"] = Year.ToString();
        values["closedYear"] = ClosedYear.ToString();
        var budget = $"/api/budgets/{district}/{Year}";
        await PutAsync(admin, $"{budget}/allocation", new { amount = 1_000_000m });
        var withProject = await ApiScenario.PostAsync(admin, $"{budget}/projects", new { name = "居家养老服务", category = "ElderlyCare" });
        var project = withProject["projects"]![0]!["id"]!.GetValue<Guid>();
        var contract = Put("contract", Id(await ApiScenario.PostAsync(admin, $"{budget}/contracts", new
        {
            projectId = project,
            organizationId = organization,
            kind = "PurchaseOfService",
            amount = 1_000m,
            startsOn = $"{Year}-01-01",
            endsOn = $"{Year}-12-31",
            tranches = new[] { new { amount = 1_000m, dueOn = $"{Year}-01-15", condition = "签约后" } },
        })));
        await ApiScenario.PostAsync(admin, $"{budget}/contracts/{contract}/tranches/1/payment", new { });
        values["paidTranche"] = "1";
        await PutAsync(admin, $"/api/budgets/{district}/{ClosedYear}/allocation", new { amount = 1_000m });
        await ApiScenario.PostAsync(admin, $"/api/budgets/{district}/{ClosedYear}/close", new { });
        Put("fundingRequest", Id(await ApiScenario.PostAsync(representative, $"/api/organizations/{organization}/funding-requests",
            new { amount = 5_000m, category = "ElderlyCare", purpose = "购置助餐设备" })));

        Put("milestone", Id(await ApiScenario.PostAsync(admin, $"/api/organizations/{organization}/support-plan/milestones", new
        {
            track = "Funding",
            title = "申请公益创投资金",
            ownerName = "王社工",
            dueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"),
            status = "Planned",
        })));
        // Any id: the checkpoint's result is refused for its body (or its caller) before the checkpoint is looked up.
        Put("checkpoint", Guid.NewGuid());

        // The linkage (docs/domain.md §7, §8, §10): a station with a project, a retired station (retiring again changes
        // nothing), a social worker and an open need. Proposals, engagements and stationings are named by ids that
        // exist nowhere: their answers are the refusals before any lookup, or 404.
        var stationHours = Enum.GetNames<DayOfWeek>().Select(day => new { day, opens = "08:00:00", closes = "21:00:00" });
        var station = Put("station", Id(await ApiScenario.PostAsync(admin, "/api/stations", new { name = $"社工站{Guid.NewGuid():N}"[..12], communityIds = new[] { community }, openingHours = stationHours })));
        // The space is the station's room already: attaching it again answers the same every time.
        await ApiScenario.PostAsync(admin, $"/api/stations/{station}/rooms/{space}", new { });
        Put("project", Id(await ApiScenario.PostAsync(admin, $"/api/stations/{station}/projects", new { title = "老来乐日间照料" })));
        var retiredStation = Put("retiredStation", Id(await ApiScenario.PostAsync(admin, "/api/stations", new { name = $"社工站{Guid.NewGuid():N}"[..12], communityIds = new[] { community }, openingHours = stationHours })));
        await ApiScenario.PostAsync(admin, $"/api/stations/{retiredStation}/retire", new { });
        Put("socialWorker", (await ApiScenario.PostAsync(admin, "/api/social-workers", new
        {
            name = $"李社工{Guid.NewGuid():N}"[..8], phoneNumber = "13800138000", districtId = district, communityIds = new[] { community },
            stationIds = Array.Empty<Guid>(), skills = new[] { "ElderlyCare" }, weeklyHoursAvailable = 20,
        }))["socialWorker"]!["id"]!.GetValue<Guid>());
        Put("need", Id(await ApiScenario.PostAsync(admin, "/api/needs", new
        {
            communityId = community, title = "独居老人探访", domain = "ElderlyCare", targetGroup = "Elderly", residentsAffected = 30, urgency = "Normal",
            wantedBy = today.AddDays(60),
        })));
        Put("proposal", Guid.NewGuid());
        Put("engagement", Guid.NewGuid());
        Put("stationing", Guid.NewGuid());

        values["account"] = (await AccountClients.CreateAsync(admin, "PartyBuildingOfficer", incubator)).Id;
        var disabled = (await AccountClients.CreateAsync(admin, "PartyBuildingOfficer", incubator)).Id;
        await ApiScenario.PostAsync(admin, $"/api/accounts/{disabled}/disable", new { });
        values["disabledAccount"] = disabled;
        var erased = (await AccountClients.CreateAsync(admin, "CommunityWorker", community)).Id;
        await ApiScenario.PostAsync(admin, $"/api/accounts/{erased}/erase", new { });
        values["erasedAccount"] = erased;
        values["representative"] = representativeId;
        values["me"] = "me";

        // A community's volunteer activity (tomorrow, so sign-ups are open) with one volunteer's sign-up and his certificate code.
        var startsAt = DateTimeOffset.UtcNow.AddDays(1);
        var activity = Put("activity", (await ApiScenario.PostAsync(admin, "/api/volunteer-activities", new
        {
            communityId = community, title = "敬老志愿服务", place = "社区活动室", startsAt, endsAt = startsAt.AddHours(2),
            roles = new[] { new { name = "陪伴员", headcount = 10 } },
        }))["activity"]!["id"]!.GetValue<Guid>());
        var (_, volunteerName) = await AccountClients.CreateAsync(admin, "Volunteer", null);
        var volunteer = await app.ClientForAsync(volunteerName, ApiScenario.Password);
        await ApiScenario.PostAsync(volunteer, "/api/volunteers/me", new { name = "王志愿", mobileNumber = "13847211234", communityId = community });
        Put("signUp", Id(await ApiScenario.PostAsync(volunteer, $"/api/volunteer-activities/{activity}/sign-ups", new { role = "陪伴员" })));
        values["certificateCode"] = global::Incubator.Volunteers.CertificateCodes.New();
        return new AuthorizationWorld(values);
    }

    private static async Task PutAsync(HttpClient client, string path, object body)
    {
        var response = await client.PutAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static Guid Id(JsonObject created) => created["id"]!.GetValue<Guid>();
}
