using Incubator.Hubs;
using Incubator.Organizations;
using Incubator.Testing;

namespace Incubator.Grains.Tests;

/// <summary>
/// Two hubs linking (and then unlinking) each other at the same moment: the hub's grain writes its side and tells the
/// other one-way, so neither waits on the other; both calls answer and the links end symmetric.
/// </summary>
[Collection(ShortTimeoutCollection.Name)]
public sealed class HubLinkRaceTests(ShortTimeoutCluster cluster)
{
    private const int Pairs = 20;

    private GrainClusterFixture Fixture => cluster.Fixture;

    [Fact]
    public async Task TwoHubsLinkingEachOtherAtOnceBothAnswerAndTheLinksAreSymmetric()
    {
        var pairs = await Task.WhenAll(Enumerable.Range(0, Pairs).Select(async _ => (First: await HubAsync(), Second: await HubAsync())));

        await Task.WhenAll(pairs.SelectMany(p => new[]
        {
            Links(p.First).LinkSupportedAsync(p.Second, Scenario.Manager),
            Links(p.Second).LinkSupportedAsync(p.First, Scenario.Manager),
        }));
        await Task.WhenAll(pairs.Select(p => SettledAsync(p, linked: true)));

        await Task.WhenAll(pairs.SelectMany(p => new[]
        {
            Links(p.First).UnlinkSupportedAsync(p.Second, Scenario.Manager),
            Links(p.Second).UnlinkSupportedAsync(p.First, Scenario.Manager),
        }));
        await Task.WhenAll(pairs.Select(p => SettledAsync(p, linked: false)));
    }

    /// <summary>Waits for the one-way messages, then checks that each side supports the other exactly when the other lists it as a hub.</summary>
    private async Task SettledAsync((Guid First, Guid Second) pair, bool linked)
    {
        var expected = linked ? 1 : 0;
        await PollUntil.TrueAsync(
            async () => (await Links(pair.First).GetAsync()).Hubs.Count == expected && (await Links(pair.Second).GetAsync()).Hubs.Count == expected,
            ShortTimeoutCluster.ResponseTimeout, "both sides of the links");
        var (first, second) = (await Links(pair.First).GetAsync(), await Links(pair.Second).GetAsync());
        foreach (var (one, other) in new[] { (first, second), (second, first) })
        {
            Assert.Equal(linked ? [other.OrganizationId] : [], one.Supported.Select(l => l.OrganizationId));
            Assert.Equal(linked ? [other.OrganizationId] : [], one.Hubs.Select(l => l.OrganizationId));
        }
    }

    private async Task<Guid> HubAsync()
    {
        var incubator = await Scenario.IncubatorAsync(Fixture.Grains);
        var id = Guid.NewGuid();
        await Fixture.Grains.GetGrain<IOrganizationGrain>(id).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        await Links(id).SetHubAsync(true, Scenario.Manager);
        return id;
    }

    private IHubLinksGrain Links(Guid id) => Fixture.Grains.GetGrain<IHubLinksGrain>(id);
}
