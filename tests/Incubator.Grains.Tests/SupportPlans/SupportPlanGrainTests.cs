using Incubator.Common;
using Incubator.Organizations;
using Incubator.SupportPlans;
using Incubator.Testing;
using Incubator.Timeline;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class SupportPlanGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task AnAddedMilestoneIsInThePlanAndOnTheTimeline()
    {
        var organizationId = await FiledOrganizationAsync();
        var plan = fixture.Grains.GetGrain<ISupportPlanGrain>(organizationId);

        var added = await plan.AddMilestoneAsync(Draft(SupportTrack.Venue, "  活动室每周两次  ", Today().AddDays(14)), Scenario.Manager);

        Assert.Equal(("活动室每周两次", MilestoneStatus.Planned, false), (added.Title, added.Status, added.IsOverdue));
        Assert.Equal(added, Assert.Single(await plan.GetMilestonesAsync()));
        var entry = (await fixture.Grains.TimelineAsync(organizationId)).Last();
        Assert.Equal((TimelineAction.MilestoneAdded, "manager-1"), (entry.Action, entry.ActorId));
        Assert.Equal("活动室每周两次", entry.Argument(TimelineArgs.Title));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task ABlankOrTooLongTitleIsRefusedNamingTitle(string? title)
    {
        var organizationId = await FiledOrganizationAsync();
        var draft = Draft(SupportTrack.Funding, title ?? new string('长', MilestoneDraft.MaxTitleLength + 1), Today());
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<ISupportPlanGrain>(organizationId).AddMilestoneAsync(draft, Scenario.Manager));
        Assert.Equal((DomainErrorKind.Invalid, "title"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task AMissingDueDateUnknownTrackOrUnknownStatusIsRefusedByName()
    {
        var organizationId = await FiledOrganizationAsync();
        var plan = fixture.Grains.GetGrain<ISupportPlanGrain>(organizationId);
        var valid = Draft(SupportTrack.Training, "社工培训", Today());

        var noDueDate = await Assert.ThrowsAsync<DomainException>(() => plan.AddMilestoneAsync(valid with { DueDate = null }, Scenario.Manager));
        var unknownTrack = await Assert.ThrowsAsync<DomainException>(() => plan.AddMilestoneAsync(valid with { Track = (SupportTrack)99 }, Scenario.Manager));
        var unknownStatus = await Assert.ThrowsAsync<DomainException>(() => plan.AddMilestoneAsync(valid with { Status = (MilestoneStatus)99 }, Scenario.Manager));

        Assert.Equal(["dueDate", "track", "status"], new[] { noDueDate.Field, unknownTrack.Field, unknownStatus.Field });
        Assert.Empty(await plan.GetMilestonesAsync());
    }

    [Fact]
    public async Task APlanNeedsAFiledOrganization()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<ISupportPlanGrain>(Guid.NewGuid()).AddMilestoneAsync(Draft(SupportTrack.Funding, "资金", Today()), Scenario.Manager));
        Assert.Equal((DomainErrorKind.NotFound, "id"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task UpdatingTheStatusIsKeptAndSaysWhatChangedOnTheTimeline()
    {
        var organizationId = await FiledOrganizationAsync();
        var plan = fixture.Grains.GetGrain<ISupportPlanGrain>(organizationId);
        var draft = Draft(SupportTrack.Consulting, "财务咨询", Today().AddDays(3));
        var added = await plan.AddMilestoneAsync(draft, Scenario.Manager);

        var updated = await plan.UpdateMilestoneAsync(added.Id, draft with { Status = MilestoneStatus.InProgress, Note = "已约专家" }, Scenario.Manager);

        Assert.Equal((MilestoneStatus.InProgress, "已约专家"), (updated.Status, updated.Note));
        Assert.Equal(updated, Assert.Single(await plan.GetMilestonesAsync()));
        var entry = (await fixture.Grains.TimelineAsync(organizationId)).Last();
        Assert.Equal(TimelineAction.MilestoneUpdated, entry.Action);
        Assert.Equal(["status", "note"], entry.Argument(TimelineArgs.Changed)!.Split(','));
        Assert.Equal((nameof(MilestoneStatus.InProgress), "已约专家"), (entry.Argument(TimelineArgs.MilestoneStatus), entry.Argument(TimelineArgs.Note)));
    }

    [Fact]
    public async Task AnUpdateThatChangesNothingLeavesNoTimelineEntry()
    {
        var organizationId = await FiledOrganizationAsync();
        var plan = fixture.Grains.GetGrain<ISupportPlanGrain>(organizationId);
        var draft = Draft(SupportTrack.Funding, "小额资助", Today().AddDays(3));
        var added = await plan.AddMilestoneAsync(draft, Scenario.Manager);
        var before = (await fixture.Grains.TimelineAsync(organizationId)).Count;

        await plan.UpdateMilestoneAsync(added.Id, draft with { Title = " 小额资助 " }, Scenario.Manager);

        Assert.Equal(before, (await fixture.Grains.TimelineAsync(organizationId)).Count);
    }

    [Fact]
    public async Task UpdatingAnUnknownMilestoneIsNotFound()
    {
        var organizationId = await FiledOrganizationAsync();
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<ISupportPlanGrain>(organizationId).UpdateMilestoneAsync(Guid.NewGuid(), Draft(SupportTrack.Venue, "场地", Today()), Scenario.Manager));
        Assert.Equal((DomainErrorKind.NotFound, "milestoneId"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task AMilestoneIsOverdueOnceItsDueDayHasPassedUntilItIsDone()
    {
        var organizationId = await FiledOrganizationAsync();
        var plan = fixture.Grains.GetGrain<ISupportPlanGrain>(organizationId);
        var draft = Draft(SupportTrack.Registration, "提交登记材料", Today().AddDays(1));
        var added = await plan.AddMilestoneAsync(draft, Scenario.Manager);

        fixture.Time.Advance(TimeSpan.FromDays(1));
        Assert.False(Assert.Single(await plan.GetMilestonesAsync()).IsOverdue);

        fixture.Time.Advance(TimeSpan.FromDays(1));
        Assert.True(Assert.Single(await plan.GetMilestonesAsync()).IsOverdue);

        var blocked = await plan.UpdateMilestoneAsync(added.Id, draft with { Status = MilestoneStatus.Blocked }, Scenario.Manager);
        Assert.True(blocked.IsOverdue);

        var done = await plan.UpdateMilestoneAsync(added.Id, draft with { Status = MilestoneStatus.Done }, Scenario.Manager);
        Assert.False(done.IsOverdue);
    }

    [Fact]
    public async Task MilestonesAreListedByTrackThenDueDate()
    {
        var organizationId = await FiledOrganizationAsync();
        var plan = fixture.Grains.GetGrain<ISupportPlanGrain>(organizationId);
        await plan.AddMilestoneAsync(Draft(SupportTrack.Training, "培训二", Today().AddDays(20)), Scenario.Manager);
        await plan.AddMilestoneAsync(Draft(SupportTrack.Training, "培训一", Today().AddDays(10)), Scenario.Manager);
        await plan.AddMilestoneAsync(Draft(SupportTrack.Registration, "登记", Today().AddDays(30)), Scenario.Manager);

        Assert.Equal(["登记", "培训一", "培训二"], (await plan.GetMilestonesAsync()).Select(m => m.Title));
    }

    private DateOnly Today() => MilestoneSchedule.Today(fixture.Time.GetUtcNow());

    private static MilestoneDraft Draft(SupportTrack track, string title, DateOnly? dueDate) =>
        new(track, title, "王社工", null, dueDate, MilestoneStatus.Planned, null);

    private async Task<Guid> FiledOrganizationAsync()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var id = Guid.NewGuid();
        await fixture.Grains.GetGrain<IOrganizationGrain>(id).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        return id;
    }
}
