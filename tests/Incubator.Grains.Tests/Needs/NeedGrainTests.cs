using Incubator.Common;
using Incubator.Communities;
using Incubator.Geography;
using Incubator.Needs;
using Incubator.Organizations;
using Incubator.Services;
using Incubator.Testing;
using Incubator.Venues;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class NeedGrainTests(GrainClusterFixture fixture)
{
    internal static readonly Actor Worker = new("community-worker-1", "王社区");

    [Fact]
    public async Task APostedNeedIsOpenWithItsOwnerADueDateAndOneEscalationJob()
    {
        var area = await AreaAsync(fixture.Grains);
        var need = await PostAsync(area.Community);

        Assert.Equal((NeedStatus.Open, Worker.UserId, EscalationLevel.Community), (need.Status, need.OwnerUserId, need.EscalationLevel));
        Assert.Equal((area.Subdistrict, area.District), (need.SubdistrictId, need.DistrictId));
        Assert.Equal(Today().AddDays(14), need.DueOn);
        var job = Assert.Single(fixture.ScheduledJobs(need.Id));
        Assert.Equal(typeof(NeedEscalationJob), job.Value.Job.Type);
        AssertAbout(need.PostedAt.AddDays(14), job.Value.EnqueueAt);
        var row = Assert.Single(await Directory.NeedsAsync(new NeedFilter([area.Subdistrict], null)));
        Assert.Equal((need.Id, NeedStatus.Open, need.DueOn), (row.Id, row.Status, row.DueOn));

        // The same id posted again (a retried request) changes nothing and schedules nothing more.
        await fixture.Grains.GetGrain<INeedGrain>(need.Id).PostAsync(Posting(area.Community) with { Title = "另一个" }, Worker);
        Assert.Equal("独居老人助餐", (await fixture.Grains.GetGrain<INeedGrain>(need.Id).GetAsync())!.Title);
        Assert.Single(fixture.ScheduledJobs(need.Id));
    }

    [Fact]
    public async Task AnUnmatchedNeedGoesToTheSubdistrictThenTheDistrictAfterTheCommunitysDelayAndRerunsChangeNothing()
    {
        var area = await AreaAsync(fixture.Grains);
        await fixture.Grains.GetGrain<INeedSettingsGrain>(area.Community).SetEscalationDaysAsync(3, Worker);
        var need = await PostAsync(area.Community);
        Assert.Equal(Today().AddDays(3), need.DueOn);
        var grain = fixture.Grains.GetGrain<INeedGrain>(need.Id);
        var job = fixture.SiloServices.GetRequiredService<NeedEscalationJob>();

        // Run early (by hand, from the dashboard): it waits for its time.
        await job.RunAsync(need.Id, EscalationLevel.Subdistrict);
        Assert.Equal(EscalationLevel.Community, (await grain.GetAsync())!.EscalationLevel);
        Assert.Empty(await Directory.EscalatedAsync([area.Subdistrict], []));

        fixture.Time.Advance(TimeSpan.FromDays(3).Add(TimeSpan.FromMinutes(1)));
        await job.RunAsync(need.Id, EscalationLevel.Subdistrict);
        await job.RunAsync(need.Id, EscalationLevel.Subdistrict);
        Assert.Equal(EscalationLevel.Subdistrict, (await grain.GetAsync())!.EscalationLevel);
        Assert.Single(await Directory.EscalatedAsync([area.Subdistrict], []), n => n.Id == need.Id);
        Assert.DoesNotContain(await Directory.EscalatedAsync([], [area.District]), n => n.Id == need.Id);
        var next = fixture.ScheduledJobs(need.Id).Where(j => j.Value.Job.Args[1] is EscalationLevel.District).ToArray();
        AssertAbout(need.PostedAt.AddDays(6), Assert.Single(next).Value.EnqueueAt);

        await job.RunAsync(need.Id, EscalationLevel.District);
        Assert.Equal(EscalationLevel.Subdistrict, (await grain.GetAsync())!.EscalationLevel);
        fixture.Time.Advance(TimeSpan.FromDays(3));
        await job.RunAsync(need.Id, EscalationLevel.District);
        await job.RunAsync(need.Id, EscalationLevel.Subdistrict);
        Assert.Equal(EscalationLevel.District, (await grain.GetAsync())!.EscalationLevel);
        Assert.Single(await Directory.EscalatedAsync([], [area.District]), n => n.Id == need.Id);
    }

    [Fact]
    public async Task AClosedNeedIsNeverEscalatedAndNeedsAReason()
    {
        var area = await AreaAsync(fixture.Grains);
        var need = await PostAsync(area.Community);
        var grain = fixture.Grains.GetGrain<INeedGrain>(need.Id);

        var noReason = await Assert.ThrowsAsync<DomainException>(() => grain.CloseAsync(" ", Worker));
        Assert.Equal((DomainErrorKind.Invalid, "reason"), (noReason.Kind, noReason.Errors.Single().Field));
        var closed = await grain.CloseAsync("居民已自行组织互助", Worker);

        Assert.Equal((NeedStatus.Closed, "居民已自行组织互助"), (closed.Status, closed.ClosedReason));
        Assert.Empty(fixture.ScheduledJobs(need.Id));
        fixture.Time.Advance(TimeSpan.FromDays(30));
        await fixture.SiloServices.GetRequiredService<NeedEscalationJob>().RunAsync(need.Id, EscalationLevel.Subdistrict);
        Assert.Equal(EscalationLevel.Community, (await grain.GetAsync())!.EscalationLevel);
        var again = await Assert.ThrowsAsync<DomainException>(() => grain.CloseAsync("再次关闭", Worker));
        Assert.Equal((DomainErrorKind.Conflict, ErrorCodes.NeedNotOpen), (again.Kind, again.Code));
    }

    [Fact]
    public async Task ANeedIsPostedForACommunityWantedTodayOrLaterAndRefusedNamingEachField()
    {
        var area = await AreaAsync(fixture.Grains);
        var grain = fixture.Grains.GetGrain<INeedGrain>(Guid.NewGuid());

        var notCommunity = await Assert.ThrowsAsync<DomainException>(() => grain.PostAsync(Posting(area.Subdistrict), Worker));
        Assert.Equal("communityId", notCommunity.Errors.Single().Field);
        var bad = await Assert.ThrowsAsync<DomainException>(() => grain.PostAsync(
            Posting(area.Community) with { Title = "", ResidentsAffected = 0, WantedBy = Today().AddDays(-1), Budget = 0m, Domain = (ServiceDomain)99 }, Worker));
        Assert.Equal(["budget", "domain", "residentsAffected", "title", "wantedBy"], bad.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Null(await grain.GetAsync());
        Assert.Empty(fixture.ScheduledJobs(grain.GetPrimaryKey()));
    }

    [Fact]
    public async Task AnOfferNamesRealAreasAndIsListedForTheAreasItServes()
    {
        var area = await AreaAsync(fixture.Grains);
        var organization = await OrganizationAsync(fixture.Grains, area.Incubator);
        var offering = fixture.Grains.GetGrain<IServiceOfferingGrain>(organization.Id);

        var unknown = await Assert.ThrowsAsync<DomainException>(() => offering.SetAsync(Offer([Guid.NewGuid()]), Scenario.Manager));
        Assert.Equal("areaIds", unknown.Errors.Single().Field);
        var saved = await offering.SetAsync(Offer([area.Subdistrict]), Scenario.Manager);

        Assert.Equal((organization.Name, area.District, 2), (saved.OrganizationName, saved.DistrictId, saved.MonthlyCapacity));
        var directory = fixture.Grains.GetGrain<IServiceDirectoryGrain>(0);
        Assert.Contains(await directory.OfferingsAsync([area.Subdistrict, area.Community], 100), o => o.OrganizationId == organization.Id);
        Assert.DoesNotContain(await directory.OfferingsAsync([area.Community], 100), o => o.OrganizationId == organization.Id);
        Assert.Contains(await Directory.IdleOrganizationsAsync([area.District], Today()), o => o.OrganizationId == organization.Id);
        Assert.Contains(await fixture.Grains.TimelineAsync(organization.Id), e => e.Action == Timeline.TimelineAction.ServiceOfferingUpdated);
    }

    // Hangfire keeps schedules to the second.
    private static void AssertAbout(DateTimeOffset expected, DateTime scheduledUtc) =>
        Assert.InRange(scheduledUtc, expected.UtcDateTime.AddSeconds(-1), expected.UtcDateTime.AddSeconds(1));

    private INeedsDirectoryGrain Directory => fixture.Grains.GetGrain<INeedsDirectoryGrain>(0);

    private DateOnly Today() => DateOnly.FromDateTime(VenueTime.ToLocal(fixture.Time.GetUtcNow(), VenueTime.DefaultTimeZoneId));

    private Task<NeedRecord> PostAsync(Guid communityId) => fixture.Grains.GetGrain<INeedGrain>(Guid.NewGuid()).PostAsync(Posting(communityId), Worker);

    internal PostNeed Posting(Guid communityId) =>
        new(communityId, "独居老人助餐", ServiceDomain.ElderlyCare, TargetGroup.Elderly, 40, NeedUrgency.High, Today().AddDays(60), 20_000m, null);

    internal static SetServiceOffering Offer(IReadOnlyList<Guid> areaIds, ServiceDomain domain = ServiceDomain.ElderlyCare, TargetGroup group = TargetGroup.Elderly, int capacity = 2) =>
        new([domain], [group], areaIds, capacity, false, null, null);

    internal sealed record class Area(Guid District, Guid Subdistrict, Guid Community, Guid Incubator);

    internal static async Task<Area> AreaAsync(IGrainFactory grains)
    {
        var geography = grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await geography.AddAreaAsync($"区 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);
        var subdistrict = await geography.AddAreaAsync($"街道 {Guid.NewGuid():N}", AreaLevel.Subdistrict, district.Id, Scenario.Manager);
        var community = await geography.AddAreaAsync($"社区 {Guid.NewGuid():N}", AreaLevel.Community, subdistrict.Id, Scenario.Manager);
        var incubator = await geography.AddIncubatorAsync($"孵化园 {Guid.NewGuid():N}", district.Id, Scenario.Manager);
        return new(district.Id, subdistrict.Id, community.Id, incubator.Id);
    }

    internal static Task<OrganizationRecord> OrganizationAsync(IGrainFactory grains, Guid incubatorId) =>
        grains.GetGrain<IOrganizationGrain>(Guid.NewGuid()).FileAsync(Scenario.Filing(incubatorId), Scenario.Manager);
}
