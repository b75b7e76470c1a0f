using System.Net.Http.Headers;
using Incubator.Api.Tests.Generated;
using AdministratorSeed = Incubator.Client.Accounts.AdministratorSeed;
using VenueTime = Incubator.Venues.VenueTime;
using Weekday = Incubator.Api.Tests.Generated.DayOfWeek;

namespace Incubator.Api.Tests.Contract;

/// <summary>
/// An integrator's client, generated at build time from the checked-in contract (NSwag), files an organization,
/// admits it, books a space, enrolls it in training and funds it. A change of the contract that breaks such a caller
/// (a renamed operation, a field that moved or changed type) stops this file from compiling.
/// </summary>
[Collection(ApiTestCollection.Name)]
public sealed class GeneratedClientTests(ApiAppFixture app)
{
    [Fact]
    public async Task AnIntegratorFilesAdmitsBooksEnrollsAndFundsThroughTheGeneratedClient()
    {
        var admin = await SignInAsync(AdministratorSeed.UserName, ApiAppFixture.AdminPassword);
        var district = await admin.PostGeographyAreasAsync(new NewAreaRequest { Name = $"区{Guid.NewGuid():N}", Level = AreaLevel.District });
        var incubator = await admin.PostGeographyIncubatorsAsync(new NewIncubatorRequest { Name = $"孵化园{Guid.NewGuid():N}", AreaId = district.Id });
        var manager = await AccountAsync(admin, "IncubatorManager", incubator.Id);
        var leader = await AccountAsync(admin, "DistrictLeader", district.Id);

        var filed = await manager.PostOrganizationsAsync(new FileOrganizationRequest
        {
            IncubatorId = incubator.Id,
            Name = $"助残服务中心{Guid.NewGuid():N}"[..16],
            Category = OrganizationCategory.CharityPublicWelfare,
            ServiceDomains = [ServiceDomain.DisabilityAid],
            ContactName = "赵敏",
            ContactPhone = "0472-5123456",
        }, idempotency_Key: $"filing-{Guid.NewGuid():N}");
        Assert.Equal(OrganizationStage.Applied, filed.Stage);
        var admitted = await manager.PostOrganizationsByIdAdmissionAsync(filed.Id, new AdmitOrganizationRequest { IncubationMonths = 12 });
        Assert.Equal(OrganizationStage.Incubating, admitted.Stage);
        Assert.Equal(filed.Id, (await manager.GetOrganizationsByIdAsync(filed.Id)).Id);

        var space = await manager.PostVenuesAsync(new SpaceRequest
        {
            IncubatorId = incubator.Id,
            Kind = SpaceKind.MeetingRoom,
            Name = $"会议室{Guid.NewGuid():N}"[..10],
            Capacity = 30,
            OpeningHours = [.. Enum.GetValues<Weekday>().Select(day => new DailyHours { Day = day, Opens = "08:00:00", Closes = "21:00:00" })],
        });
        var day = DateOnly.FromDateTime(VenueTime.ToLocal(DateTimeOffset.UtcNow, space.TimeZoneId)).AddDays(4);
        var start = VenueTime.ToUtc(day, new TimeOnly(9, 0), space.TimeZoneId)!.Value;
        var booking = new BookingRequestBody { SpaceId = space.Id, OrganizationId = filed.Id, Purpose = "理事会", OneOff = new OneOffRequest { Start = start, End = start.AddHours(2) } };
        var requested = await manager.PostBookingsAsync(booking);
        Assert.Equal(BookingStatus.Pending, requested.Status);
        var approved = await manager.PostBookingsBySpaceIdByBookingIdDecisionAsync(space.Id, requested.Id, new BookingDecisionRequest { Approve = true });
        Assert.Equal(BookingStatus.Approved, approved.Status);
        var taken = await Assert.ThrowsAsync<ApiException<Problem>>(() => manager.PostBookingsAsync(booking));
        Assert.Equal((409, "slot"), (taken.StatusCode, taken.Result.Field));

        var course = await manager.PostCoursesAsync(new CreateCourseRequest
        {
            IncubatorId = incubator.Id, Title = "志愿者管理", Topic = "志愿服务", Description = "招募、培训与激励", HoursPerSession = 2,
        });
        // The session books the same space, the day before the board meeting, within its opening hours.
        var startsAt = VenueTime.ToUtc(day.AddDays(-1), new TimeOnly(14, 0), space.TimeZoneId)!.Value;
        var session = await manager.PostCoursesByIdSessionsAsync(course.Id, new ScheduleSessionRequest
        {
            StartsAt = startsAt, EndsAt = startsAt.AddHours(2), SpaceId = space.Id, Trainer = "赵老师", Capacity = 20,
        });
        var enrolled = await manager.PostSessionsByIdEnrollmentsAsync(session.Id, new EnrollRequest { OrganizationId = filed.Id });
        Assert.Equal(EnrollmentStatus.Enrolled, enrolled.Status);

        var year = DateTimeOffset.UtcNow.Year;
        await leader.PutBudgetsByAreaIdByYearAllocationAsync(district.Id, year, new AllocationRequest { Amount = 500_000 });
        var budget = await manager.PostBudgetsByAreaIdByYearProjectsAsync(district.Id, year, new ProjectRequest { Name = "居家养老服务", Category = ServiceCategory.ElderlyCare });
        var contract = await manager.PostBudgetsByAreaIdByYearContractsAsync(district.Id, year, new AwardRequest
        {
            ProjectId = Assert.Single(budget.Projects).Id,
            OrganizationId = filed.Id,
            Kind = ContractKind.PurchaseOfService,
            Amount = 100_000,
            StartsOn = new DateOnly(year, 1, 1),
            EndsOn = new DateOnly(year, 12, 31),
            Tranches = [new TrancheRequest { Amount = 100_000, DueOn = new DateOnly(year, 1, 15), Condition = "签约后" }],
        });
        await manager.PostBudgetsByAreaIdByYearContractsByContractIdTranchesByNumberPaymentAsync(district.Id, year, contract.Id, 1);
        var funding = Assert.Single(await manager.GetOrganizationsByIdFundingAsync(filed.Id));
        Assert.Equal((100_000d, 100_000d), (funding.Amount, funding.Paid));

        var missing = await Assert.ThrowsAsync<ApiException<Problem>>(() => manager.GetOrganizationsByIdAsync(Guid.NewGuid()));
        Assert.Equal(404, missing.StatusCode);
    }

    private async Task<IncubatorApi> SignInAsync(string userName, string password)
    {
        var http = app.CreateClient();
        var token = await new IncubatorApi(http).PostAuthTokenAsync(new TokenRequest { UserName = userName, Password = password });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return new IncubatorApi(http);
    }

    private async Task<IncubatorApi> AccountAsync(IncubatorApi admin, string role, Guid scopeId)
    {
        var userName = $"{role[..4].ToLowerInvariant()}{Guid.NewGuid():N}"[..20];
        await admin.PostAccountsAsync(new NewAccountRequest { UserName = userName, DisplayName = userName, Password = ApiScenario.Password, Role = role, ScopeId = scopeId });
        return await SignInAsync(userName, ApiScenario.Password);
    }
}
