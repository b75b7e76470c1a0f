using Incubator.Cohorts;
using Incubator.Organizations;
using Incubator.Testing;

namespace Incubator.Grains.Tests;

/// <summary>Cohorts for the tests: opened around the fixture's current day, organizations filed and applied through the grains.</summary>
internal static class CohortScenario
{
    public static readonly IReadOnlyList<ScreeningCriterion> Criteria = [new("治理结构", 3), new("服务成效", 2)];

    public static OpenCohort Opening(Guid incubatorId, GrainClusterFixture fixture, int capacity = 10, int opensInDays = 0, int closesInDays = 30)
    {
        var today = IntakeCalendar.Today(fixture.Time.GetUtcNow());
        return new OpenCohort(
            incubatorId, $"2026年第一批 {Guid.NewGuid():N}"[..20], today.AddDays(opensInDays), today.AddDays(closesInDays), capacity, 12,
            Criteria, [OrganizationCategory.CharityPublicWelfare], 2);
    }

    public static async Task<(Guid IncubatorId, ICohortGrain Cohort)> OpenAsync(GrainClusterFixture fixture, int capacity = 10)
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var cohort = fixture.Grains.GetGrain<ICohortGrain>(Guid.NewGuid());
        await cohort.OpenAsync(Opening(incubator.Id, fixture, capacity), Scenario.Manager);
        return (incubator.Id, cohort);
    }

    public static async Task<Guid> FileAsync(GrainClusterFixture fixture, Guid incubatorId, OrganizationCategory category = OrganizationCategory.ConvenienceService)
    {
        var id = Guid.NewGuid();
        await fixture.Grains.GetGrain<IOrganizationGrain>(id).FileAsync(Scenario.Filing(incubatorId) with { Category = category }, Scenario.Manager);
        return id;
    }

    public static ApplyToCohort Application(Guid organizationId) =>
        new(organizationId, "为社区老人提供助餐服务", 5, "两年来每周助餐三次", "需要场地与财务培训");

    public static async Task<Guid> FileAndApplyAsync(
        GrainClusterFixture fixture, Guid incubatorId, ICohortGrain cohort, OrganizationCategory category = OrganizationCategory.ConvenienceService)
    {
        var id = await FileAsync(fixture, incubatorId, category);
        await cohort.ApplyAsync(Application(id), Scenario.Manager);
        return id;
    }

    public static DecideApplication Decision(Guid organizationId, CohortDecision decision) => new(organizationId, decision, $"评审会决定：{decision}");
}
