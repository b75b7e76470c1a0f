using Incubator.Common;
using Incubator.Hubs;
using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Timeline;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class HubLinksGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task LinkingShowsOnBothSidesAndOnBothTimelines()
    {
        var (hubId, supportedId) = (await FiledOrganizationAsync(), await FiledOrganizationAsync());
        var hub = fixture.Grains.GetGrain<IHubLinksGrain>(hubId);
        await hub.SetHubAsync(true, Scenario.Manager);

        var links = await hub.LinkSupportedAsync(supportedId, Scenario.Manager);

        Assert.True(links.IsHub);
        Assert.Equal(supportedId, Assert.Single(links.Supported).OrganizationId);
        var other = await HubsSettledAsync(supportedId, 1);
        var hubLink = Assert.Single(other.Hubs);
        Assert.Equal(hubId, hubLink.OrganizationId);
        Assert.Equal((await Organization(hubId).GetAsync())!.Name, hubLink.OrganizationName);
        Assert.Empty(other.Supported);

        Assert.Equal(
            [TimelineAction.Filed, TimelineAction.FlaggedAsHub, TimelineAction.HubLinked],
            (await fixture.Grains.TimelineAsync(hubId)).Select(e => e.Action));
        Assert.Equal(
            [TimelineAction.Filed, TimelineAction.HubLinked],
            (await fixture.Grains.TimelineAsync(supportedId)).Select(e => e.Action));
    }

    [Fact]
    public async Task LinkingTwiceKeepsOneLink()
    {
        var (hubId, supportedId) = (await FiledOrganizationAsync(), await FiledOrganizationAsync());
        var hub = fixture.Grains.GetGrain<IHubLinksGrain>(hubId);
        await hub.SetHubAsync(true, Scenario.Manager);
        await hub.LinkSupportedAsync(supportedId, Scenario.Manager);

        var links = await hub.LinkSupportedAsync(supportedId, Scenario.Manager);

        Assert.Single(links.Supported);
        Assert.Single((await HubsSettledAsync(supportedId, 1)).Hubs);
    }

    [Fact]
    public async Task UnlinkingRemovesBothSidesAndIsOnBothTimelines()
    {
        var (hubId, supportedId) = (await FiledOrganizationAsync(), await FiledOrganizationAsync());
        var hub = fixture.Grains.GetGrain<IHubLinksGrain>(hubId);
        await hub.SetHubAsync(true, Scenario.Manager);
        await hub.LinkSupportedAsync(supportedId, Scenario.Manager);

        var links = await hub.UnlinkSupportedAsync(supportedId, Scenario.Manager);

        Assert.Empty(links.Supported);
        Assert.Empty((await HubsSettledAsync(supportedId, 0)).Hubs);
        Assert.Equal(TimelineAction.HubUnlinked, (await fixture.Grains.TimelineAsync(hubId)).Last().Action);
        Assert.Equal(TimelineAction.HubUnlinked, (await fixture.Grains.TimelineAsync(supportedId)).Last().Action);
    }

    [Fact]
    public async Task AnOrganizationCanHaveSeveralHubs()
    {
        var (firstHub, secondHub, supportedId) = (await FiledOrganizationAsync(), await FiledOrganizationAsync(), await FiledOrganizationAsync());
        foreach (var hubId in new[] { firstHub, secondHub })
        {
            await fixture.Grains.GetGrain<IHubLinksGrain>(hubId).SetHubAsync(true, Scenario.Manager);
            await fixture.Grains.GetGrain<IHubLinksGrain>(hubId).LinkSupportedAsync(supportedId, Scenario.Manager);
        }

        await HubsSettledAsync(supportedId, 2);
        await fixture.Grains.GetGrain<IHubLinksGrain>(firstHub).UnlinkSupportedAsync(supportedId, Scenario.Manager);

        Assert.Equal(secondHub, Assert.Single((await HubsSettledAsync(supportedId, 1)).Hubs).OrganizationId);
    }

    [Fact]
    public async Task ANonHubCannotSupportOthers()
    {
        var (notHubId, supportedId) = (await FiledOrganizationAsync(), await FiledOrganizationAsync());

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IHubLinksGrain>(notHubId).LinkSupportedAsync(supportedId, Scenario.Manager));

        Assert.Equal((DomainErrorKind.Conflict, "isHub"), (error.Kind, error.Field));
        Assert.Empty((await fixture.Grains.GetGrain<IHubLinksGrain>(supportedId).GetAsync()).Hubs);
    }

    [Fact]
    public async Task AHubCannotSupportItself()
    {
        var hubId = await FiledOrganizationAsync();
        var hub = fixture.Grains.GetGrain<IHubLinksGrain>(hubId);
        await hub.SetHubAsync(true, Scenario.Manager);

        var error = await Assert.ThrowsAsync<DomainException>(() => hub.LinkSupportedAsync(hubId, Scenario.Manager));

        Assert.Equal((DomainErrorKind.Invalid, "supportedId"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task LinkingAnUnfiledOrganizationIsNotFound()
    {
        var hubId = await FiledOrganizationAsync();
        var hub = fixture.Grains.GetGrain<IHubLinksGrain>(hubId);
        await hub.SetHubAsync(true, Scenario.Manager);

        var error = await Assert.ThrowsAsync<DomainException>(() => hub.LinkSupportedAsync(Guid.NewGuid(), Scenario.Manager));

        Assert.Equal((DomainErrorKind.NotFound, "supportedId"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task TheHubFlagStaysWhileTheHubStillSupportsOrganizations()
    {
        var (hubId, supportedId) = (await FiledOrganizationAsync(), await FiledOrganizationAsync());
        var hub = fixture.Grains.GetGrain<IHubLinksGrain>(hubId);
        await hub.SetHubAsync(true, Scenario.Manager);
        await hub.LinkSupportedAsync(supportedId, Scenario.Manager);

        var error = await Assert.ThrowsAsync<DomainException>(() => hub.SetHubAsync(false, Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "isHub"), (error.Kind, error.Field));

        await hub.UnlinkSupportedAsync(supportedId, Scenario.Manager);
        Assert.False((await hub.SetHubAsync(false, Scenario.Manager)).IsHub);
        Assert.Equal(TimelineAction.HubFlagCleared, (await fixture.Grains.TimelineAsync(hubId)).Last().Action);
    }

    [Fact]
    public async Task FlaggingAnUnfiledOrganizationIsNotFound()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IHubLinksGrain>(Guid.NewGuid()).SetHubAsync(true, Scenario.Manager));
        Assert.Equal((DomainErrorKind.NotFound, "id"), (error.Kind, error.Field));
    }

    /// <summary>A hub tells the supported organization one-way after answering: wait for that side to hold <paramref name="count"/> hubs.</summary>
    private async Task<HubLinks> HubsSettledAsync(Guid supportedId, int count)
    {
        var links = fixture.Grains.GetGrain<IHubLinksGrain>(supportedId);
        await PollUntil.TrueAsync(async () => (await links.GetAsync()).Hubs.Count == count, TimeSpan.FromSeconds(10), $"{count} hubs on {supportedId}");
        return await links.GetAsync();
    }

    private IOrganizationGrain Organization(Guid id) => fixture.Grains.GetGrain<IOrganizationGrain>(id);

    private async Task<Guid> FiledOrganizationAsync()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var id = Guid.NewGuid();
        await Organization(id).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        return id;
    }
}
