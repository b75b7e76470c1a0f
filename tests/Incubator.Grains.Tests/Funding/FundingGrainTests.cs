using Incubator.Common;
using Incubator.Funding;
using Incubator.Geography;
using Incubator.Inbox;
using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Timeline;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class FundingGrainTests(GrainClusterFixture fixture)
{
    private static readonly DateOnly JanFirst = new(2026, 1, 1);

    [Fact]
    public async Task SimultaneousAwardsNeverOverspendTheBudget()
    {
        var (budget, projectId, organizationId) = await BudgetWithProjectAsync(allocation: 100_000m);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
        {
            try
            {
                await budget.AwardAsync(Award(projectId, organizationId, 10_000m), Scenario.Manager);
                return null;
            }
            catch (DomainException e)
            {
                return e;
            }
        }));

        Assert.Equal(10, outcomes.Count(o => o is null));
        Assert.All(outcomes.OfType<DomainException>(), e => Assert.Equal((DomainErrorKind.Conflict, "amount"), (e.Kind, e.Field)));
        var record = await budget.GetAsync();
        Assert.Equal((100_000m, 0m), (record.Awarded, record.Available));
    }

    [Fact]
    public async Task UnspentMoneyCarriesOverAsItsOwnLine()
    {
        var area = await DistrictAsync();
        var budget2014 = fixture.Grains.GetGrain<IBudgetGrain>(IBudgetGrain.KeyFor(area.Id, 2014));
        await budget2014.SetAllocationAsync(6_100_000m, Scenario.Manager);
        var project = (await budget2014.AddProjectAsync("居家养老服务", ServiceCategory.ElderlyCare, Scenario.Manager)).Projects[0].Id;
        var organization = await OrganizationAsync();
        await budget2014.AwardAsync(Award(project, organization, 6_020_000m, 2014), Scenario.Manager);

        await budget2014.CloseYearAsync(Scenario.Manager);
        await budget2014.CloseYearAsync(Scenario.Manager);
        var budget2015 = fixture.Grains.GetGrain<IBudgetGrain>(IBudgetGrain.KeyFor(area.Id, 2015));
        var next = await budget2015.SetAllocationAsync(10_000_000m, Scenario.Manager);

        Assert.Equal((10_000_000m, 80_000m, 10_080_000m), (next.NewAllocation, next.CarriedOver, next.Total));
        Assert.Equal("1,008.00 万元", Money.WanYuan(next.Total));
        Assert.Equal(80_000m, (await budget2014.GetAsync()).CarriedForward);
        var closed = await Assert.ThrowsAsync<DomainException>(() => budget2014.AwardAsync(Award(project, organization, 1m, 2014), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "year"), (closed.Kind, closed.Field));
    }

    [Fact]
    public async Task AmountsStayExactToTheFen()
    {
        var (budget, projectId, organizationId) = await BudgetWithProjectAsync(allocation: 1m);
        await budget.AwardAsync(Award(projectId, organizationId, 0.10m), Scenario.Manager);
        await budget.AwardAsync(Award(projectId, organizationId, 0.20m), Scenario.Manager);

        var record = await budget.GetAsync();
        Assert.Equal((0.30m, 0.70m), (record.Awarded, record.Available));
        var fraction = await Assert.ThrowsAsync<DomainException>(() => budget.AwardAsync(Award(projectId, organizationId, 0.001m), Scenario.Manager));
        Assert.Equal("amount", fraction.Field);
    }

    [Fact]
    public async Task TranchesAddUpAndArePaidOnce()
    {
        var (budget, projectId, organizationId) = await BudgetWithProjectAsync(allocation: 500_000m);
        var uneven = Award(projectId, organizationId, 300_000m) with { Tranches = [new(100_000m, JanFirst, "签约后")] };
        Assert.Equal("tranches", (await Assert.ThrowsAsync<DomainException>(() => budget.AwardAsync(uneven, Scenario.Manager))).Field);

        var contract = await budget.AwardAsync(Award(projectId, organizationId, 300_000m) with
        {
            Tranches = [new(120_000m, JanFirst, "签约后"), new(180_000m, new DateOnly(2026, 7, 1), "中期评估通过后")],
        }, Scenario.Manager);
        var paid = await budget.PayTrancheAsync(contract.Id, 1, Scenario.Manager);

        Assert.Equal(120_000m, paid.Paid);
        Assert.Equal(120_000m, (await budget.GetAsync()).Paid);
        var twice = await Assert.ThrowsAsync<DomainException>(() => budget.PayTrancheAsync(contract.Id, 1, Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "trancheNumber"), (twice.Kind, twice.Field));
        Assert.Contains(await fixture.Grains.TimelineAsync(organizationId), e => e.Action == TimelineAction.TranchePaid);
    }

    [Fact]
    public async Task FundingOneOrganizationForOneCategoryFromTwoTiersInOverlappingPeriodsIsFlaggedForBothManagers()
    {
        var tree = fixture.Grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await tree.AddAreaAsync($"区 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);
        var subdistrict = await tree.AddAreaAsync("街道", AreaLevel.Subdistrict, district.Id, Scenario.Manager);
        var park = await tree.AddIncubatorAsync($"区孵化园 {Guid.NewGuid():N}", district.Id, Scenario.Manager);
        var center = await tree.AddIncubatorAsync($"街道孵化中心 {Guid.NewGuid():N}", subdistrict.Id, Scenario.Manager);
        var organization = await OrganizationAsync(center.Id);
        var districtBudget = await BudgetAsync(district.Id, 2026, ServiceCategory.ElderlyCare);
        var subdistrictBudget = await BudgetAsync(subdistrict.Id, 2026, ServiceCategory.ElderlyCare);
        var otherCategory = await BudgetAsync(subdistrict.Id, 2027, ServiceCategory.StaffTraining);

        await districtBudget.Grain.AwardAsync(Award(districtBudget.ProjectId, organization, 50_000m) with { EndsOn = new DateOnly(2026, 12, 31) }, Scenario.Manager);
        await otherCategory.Grain.AwardAsync(Award(otherCategory.ProjectId, organization, 10_000m, 2027), Scenario.Manager);
        Assert.Empty(await Duplicates(park.Id, center.Id));

        await subdistrictBudget.Grain.AwardAsync(Award(subdistrictBudget.ProjectId, organization, 30_000m) with
        {
            StartsOn = new DateOnly(2026, 6, 1), EndsOn = new DateOnly(2027, 5, 31),
        }, Scenario.Manager);

        var pair = Assert.Single(await fixture.Grains.GetGrain<IFundingDirectoryGrain>(0).DuplicatesAsync([center.Id]));
        Assert.Equal([AreaLevel.District, AreaLevel.Subdistrict], new[] { pair.First.AreaLevel, pair.Second.AreaLevel }.Order());
        Assert.Single(await Duplicates(park.Id));
        Assert.Single(await Duplicates(center.Id));
    }

    [Fact]
    public async Task AContractStartingOutsideItsBudgetYearIsRefused()
    {
        var (budget, projectId, organizationId) = await BudgetWithProjectAsync(100_000m);

        var error = await Assert.ThrowsAsync<DomainException>(() => budget.AwardAsync(Award(projectId, organizationId, 10_000m, 2027), Scenario.Manager));

        var reason = Assert.Single(error.Errors);
        Assert.Equal(("startsOn", ErrorCodes.ContractPeriodOutsideYear), (reason.Field, reason.Code));
        Assert.Empty((await budget.GetAsync()).Contracts);
    }

    [Fact]
    public async Task AnOrganizationThatLeftIncubationIsNoContractParty()
    {
        var (budget, projectId, organizationId) = await BudgetWithProjectAsync(100_000m);
        var organization = fixture.Grains.GetGrain<IOrganizationGrain>(organizationId);
        await organization.AdmitAsync(new AdmitOrganization(12), Scenario.Manager);
        await organization.ExitAsync("组织解散", Scenario.Manager);

        var error = await Assert.ThrowsAsync<DomainException>(() => budget.AwardAsync(Award(projectId, organizationId, 10_000m), Scenario.Manager));

        Assert.Equal((DomainErrorKind.Conflict, "organizationId", ErrorCodes.ContractPartyLeft), (error.Kind, error.Field, error.Code));
        Assert.Empty((await budget.GetAsync()).Contracts);
    }

    private Task<IReadOnlyList<InboxItem>> DuplicatesQuery(params Guid[] incubators) =>
        fixture.Grains.GetGrain<IInboxGrain>(0).OpenItemsAsync(incubators, InboxAudience.Manager);

    private async Task<IReadOnlyList<InboxItem>> Duplicates(params Guid[] incubators) =>
        (await DuplicatesQuery(incubators)).Where(i => i.Kind == InboxKind.DuplicateSupport).ToArray();

    private static AwardContract Award(Guid projectId, Guid organizationId, decimal amount, int year = 2026) =>
        new(projectId, organizationId, ContractKind.PurchaseOfService, amount, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31),
            [new(amount, new DateOnly(year, 1, 1), "签约后一次性拨付")]);

    private async Task<(IBudgetGrain Grain, Guid ProjectId, Guid OrganizationId)> BudgetWithProjectAsync(decimal allocation)
    {
        var area = await DistrictAsync();
        var (budget, project) = await BudgetAsync(area.Id, 2026, ServiceCategory.CommunitySocialWork, allocation);
        return (budget, project, await OrganizationAsync());
    }

    private async Task<(IBudgetGrain Grain, Guid ProjectId)> BudgetAsync(Guid areaId, int year, ServiceCategory category, decimal allocation = 1_000_000m)
    {
        var budget = fixture.Grains.GetGrain<IBudgetGrain>(IBudgetGrain.KeyFor(areaId, year));
        await budget.SetAllocationAsync(allocation, Scenario.Manager);
        var record = await budget.AddProjectAsync($"{category} 项目", category, Scenario.Manager);
        return (budget, record.Projects[^1].Id);
    }

    private Task<AreaRecord> DistrictAsync() =>
        fixture.Grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key).AddAreaAsync($"区 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);

    private async Task<Guid> OrganizationAsync(Guid? incubatorId = null)
    {
        incubatorId ??= (await Scenario.IncubatorAsync(fixture.Grains)).Id;
        var id = Guid.NewGuid();
        await fixture.Grains.GetGrain<IOrganizationGrain>(id).FileAsync(Scenario.Filing(incubatorId.Value), Scenario.Manager);
        return id;
    }
}
