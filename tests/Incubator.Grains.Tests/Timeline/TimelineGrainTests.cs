using Incubator.Common;
using Incubator.Hubs;
using Incubator.Organizations;
using Incubator.Party;
using Incubator.Testing;
using Incubator.Timeline;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class TimelineGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task AnotherGrainAppendsToTheTimelineWithoutWritingTheOrganization()
    {
        var organizationId = await FiledOrganizationAsync();
        var before = await OrganizationRowAsync(organizationId);

        await fixture.Grains.GetGrain<IHubLinksGrain>(organizationId).SetHubAsync(true, Scenario.Manager);

        Assert.Equal(before, await OrganizationRowAsync(organizationId));
        var entry = (await fixture.Grains.TimelineAsync(organizationId))[^1];
        Assert.Equal((TimelineAction.FlaggedAsHub, "manager-1", "李经理"), (entry.Action, entry.ActorId, entry.ActorName));
    }

    [Fact]
    public async Task AnOrganizationWriteNoLongerCarriesItsTimeline()
    {
        var organizationId = await FiledOrganizationAsync();
        var organization = fixture.Grains.GetGrain<IOrganizationGrain>(organizationId);
        var profile = new UpdatePartyProfile(1, PartyBranchForm.JointBranch, null);
        await organization.UpdatePartyProfileAsync(profile, Scenario.Manager);
        var first = await OrganizationRowAsync(organizationId);

        for (var i = 0; i < 10; i++)
        {
            await organization.UpdatePartyProfileAsync(profile, Scenario.Manager);
        }

        var last = await OrganizationRowAsync(organizationId);
        Assert.Equal(first.Version + 10, last.Version);
        // Only the last write's entries ride in the state, tagged with its version, until projected (OrganizationProjection):
        // the state does not grow with the history.
        Assert.Equal(first.Payload.Replace($"\"Version\":{first.Version}", $"\"Version\":{last.Version}"), last.Payload);
        Assert.DoesNotContain("\"Timeline\"", last.Payload);
        Assert.Equal(12, (await fixture.Grains.TimelineAsync(organizationId)).Count);
    }

    [Fact]
    public async Task PagesWalkTheTimelineNewestFirstWithoutGapsOrRepeats()
    {
        var organizationId = Guid.NewGuid();
        var writer = fixture.SiloServices.GetRequiredService<TimelineWriter>();
        // Entries of one call share their time: the id keeps their order and the cursor must not skip or repeat them.
        await writer.AppendAsync(organizationId, Enumerable.Range(1, 25)
            .Select(i => new PendingTimelineEntry(fixture.Time.GetUtcNow().AddMinutes(i / 4), TimelineAction.MilestoneAdded, Scenario.Manager,
                [TimelineArgument.Number(TimelineArgs.Number, i)]))
            .ToArray());
        var timeline = fixture.Grains.GetGrain<ITimelineGrain>(organizationId);

        var pages = new List<TimelinePage> { await timeline.GetPageAsync(null, 10) };
        while (pages[^1].Next is { } next)
        {
            pages.Add(await timeline.GetPageAsync(next, 10));
        }

        Assert.Equal([10, 10, 5], pages.Select(p => p.Entries.Count));
        Assert.Equal(
            Enumerable.Range(1, 25).Reverse().Select(i => i.ToString()),
            pages.SelectMany(p => p.Entries).Select(e => e.Argument(TimelineArgs.Number)));
        Assert.Single((await timeline.GetPageAsync(null, 0)).Entries);
        Assert.Equal(25, (await timeline.GetPageAsync(null, 1_000)).Entries.Count);
        Assert.Empty((await fixture.Grains.GetGrain<ITimelineGrain>(Guid.NewGuid()).GetPageAsync(null, 10)).Entries);
    }

    [Fact]
    public async Task APageSizeAboveTheLimitIsCutToIt()
    {
        var organizationId = Guid.NewGuid();
        var writer = fixture.SiloServices.GetRequiredService<TimelineWriter>();
        await writer.AppendAsync(organizationId, Enumerable.Range(0, TimelinePage.MaxSize + 1)
            .Select(_ => new PendingTimelineEntry(fixture.Time.GetUtcNow(), TimelineAction.HubLinked, Actor.System, []))
            .ToArray());

        var page = await fixture.Grains.GetGrain<ITimelineGrain>(organizationId).GetPageAsync(null, 10_000);

        Assert.Equal(TimelinePage.MaxSize, page.Entries.Count);
        Assert.NotNull(page.Next);
    }

    [Fact]
    public async Task AFormerIncubatorSeesOnlyTheEntriesOfItsTenure()
    {
        var organizationId = Guid.NewGuid();
        var start = fixture.Time.GetUtcNow();
        var writer = fixture.SiloServices.GetRequiredService<TimelineWriter>();
        await writer.AppendAsync(organizationId, Enumerable.Range(0, 6)
            .Select(day => new PendingTimelineEntry(start.AddDays(day), TimelineAction.MilestoneAdded, Actor.System, [TimelineArgument.Number(TimelineArgs.Number, day)]))
            .ToArray());

        var page = await fixture.Grains.GetGrain<ITimelineGrain>(organizationId)
            .GetPageAsync(null, 10, [new HandOffs.IncubatorTenure(Guid.NewGuid(), start.AddDays(1), start.AddDays(3))]);

        Assert.Equal(["3", "2", "1"], page.Entries.Select(e => e.Argument(TimelineArgs.Number)));
    }

    private async Task<(string Payload, int Version)> OrganizationRowAsync(Guid id) =>
        (await GrainStateRows.ReadAsync(fixture.ConnectionString, "organization", id))!.Value;

    private async Task<Guid> FiledOrganizationAsync()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var id = Guid.NewGuid();
        await fixture.Grains.GetGrain<IOrganizationGrain>(id).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        return id;
    }
}
