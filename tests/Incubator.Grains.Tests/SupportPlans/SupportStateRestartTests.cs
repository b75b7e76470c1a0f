using Incubator.Hubs;
using Incubator.Organizations;
using Incubator.SupportPlans;
using Incubator.Testing;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class SupportStateRestartTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task MilestonesAndHubLinksSurviveAClusterRestart()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var (hubId, supportedId) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.Grains.GetGrain<IOrganizationGrain>(hubId).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        await fixture.Grains.GetGrain<IOrganizationGrain>(supportedId).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        var dueDate = MilestoneSchedule.Today(fixture.Time.GetUtcNow()).AddDays(10);
        var added = await fixture.Grains.GetGrain<ISupportPlanGrain>(hubId).AddMilestoneAsync(
            new MilestoneDraft(SupportTrack.Consulting, "治理结构咨询", "赵老师", "user-7", dueDate, MilestoneStatus.InProgress, "每月一次"), Scenario.Manager);
        await fixture.Grains.GetGrain<IHubLinksGrain>(hubId).SetHubAsync(true, Scenario.Manager);
        await fixture.Grains.GetGrain<IHubLinksGrain>(hubId).LinkSupportedAsync(supportedId, Scenario.Manager);

        await fixture.RestartAsync();

        Assert.Equal(added, Assert.Single(await fixture.Grains.GetGrain<ISupportPlanGrain>(hubId).GetMilestonesAsync()));
        var hub = await fixture.Grains.GetGrain<IHubLinksGrain>(hubId).GetAsync();
        Assert.True(hub.IsHub);
        Assert.Equal(supportedId, Assert.Single(hub.Supported).OrganizationId);
        Assert.Equal(hubId, Assert.Single((await fixture.Grains.GetGrain<IHubLinksGrain>(supportedId).GetAsync()).Hubs).OrganizationId);
    }
}
