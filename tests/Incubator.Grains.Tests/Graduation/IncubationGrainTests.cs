using Incubator.Common;
using Incubator.Geography;
using Incubator.Graduation;
using Incubator.HandOffs;
using Incubator.Inbox;
using Incubator.Incubators;
using Incubator.Organizations;
using Incubator.Party;
using Incubator.Testing;
using Incubator.Timeline;
using Incubator.Training;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class IncubationGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task AdmissionSchedulesCheckpointsByTheDefaultPlanEachWithOneJob()
    {
        var (grain, id, admitted) = await AdmittedAsync(months: 12);

        var track = await grain.GetPartyTrackAsync();
        var start = admitted.IncubationStartedAt!.Value;
        var end = admitted.IncubationEndsAt!.Value;
        Assert.Equal(
            [(CheckpointKind.AfterAdmission, start.AddDays(30)), (CheckpointKind.Periodic, start.AddDays(120)), (CheckpointKind.Periodic, start.AddDays(210)),
             (CheckpointKind.Periodic, start.AddDays(300)), (CheckpointKind.BeforeGraduation, end.AddDays(-30))],
            track.Checkpoints.Select(c => (c.Kind, c.DueAt)));
        var jobs = fixture.ScheduledJobs(id);
        Assert.Equal(5, jobs.Count(j => j.Value.Job.Type == typeof(CheckpointDueJob)));
        Assert.Single(jobs, j => j.Value.Job.Type == typeof(GraduationReviewJob));
        var officerItems = await Inbox(admitted.IncubatorId, InboxAudience.PartyBuildingOfficer);
        Assert.Equal(5, officerItems.Count(i => i.OrganizationId == id && i.Kind == InboxKind.CheckpointDue));
    }

    [Fact]
    public async Task AnIncubatorsOwnPlanDecidesTheDueDates()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        await fixture.Grains.GetGrain<IIncubatorSettingsGrain>(incubator.Id).SetCheckpointPlanAsync(new CheckpointPlan(60, 180, 14), Scenario.Manager);
        var (grain, _, admitted) = await AdmittedAsync(months: 12, incubator: incubator);

        var start = admitted.IncubationStartedAt!.Value;
        Assert.Equal(
            [start.AddDays(60), start.AddDays(240), admitted.IncubationEndsAt!.Value.AddDays(-14)],
            (await grain.GetPartyTrackAsync()).Checkpoints.Select(c => c.DueAt));
    }

    [Fact]
    public async Task AnUnheldCheckpointBecomesOverdueOnceAndEscalatesToTheManager()
    {
        var (grain, id, admitted) = await AdmittedAsync(months: 12);
        var first = (await grain.GetPartyTrackAsync()).Checkpoints[0];
        var job = fixture.SiloServices.GetRequiredService<CheckpointDueJob>();

        await job.RunAsync(id, first.Id);
        Assert.Equal(CheckpointStatus.Pending, (await grain.GetPartyTrackAsync()).Checkpoints[0].Status);

        fixture.Time.SetUtcNow(first.DueAt.AddHours(1));
        await job.RunAsync(id, first.Id);
        await job.RunAsync(id, first.Id);

        Assert.Equal(CheckpointStatus.Overdue, (await grain.GetPartyTrackAsync()).Checkpoints[0].Status);
        Assert.Single(await fixture.Grains.TimelineAsync(grain.GetPrimaryKey()), e => e.Action == TimelineAction.CheckpointOverdue);
        Assert.Single(await Inbox(admitted.IncubatorId, InboxAudience.Manager), i => i.OrganizationId == id && i.Kind == InboxKind.CheckpointOverdue);

        await grain.CompleteCheckpointAsync(first.Id, met: true, "补开支部大会", Scenario.Manager);
        Assert.DoesNotContain(await Inbox(admitted.IncubatorId, null), i => i.OrganizationId == id && i.Key.Contains(first.Id.ToString("N")));
    }

    [Fact]
    public async Task HoldingACheckpointCancelsItsJobAndCountsAsWorkCoverage()
    {
        var (grain, id, _) = await AdmittedAsync(months: 12);
        var first = (await grain.GetPartyTrackAsync()).Checkpoints[0];

        var track = await grain.CompleteCheckpointAsync(first.Id, met: true, "学习会已开展", Scenario.Manager);

        Assert.True(track.WorkCoverage);
        Assert.Equal(4, fixture.ScheduledJobs(id).Count(j => j.Value.Job.Type == typeof(CheckpointDueJob)));
        var again = await Assert.ThrowsAsync<DomainException>(() => grain.CompleteCheckpointAsync(first.Id, true, "", Scenario.Manager));
        Assert.Equal(DomainErrorKind.Conflict, again.Kind);
    }

    [Theory]
    [InlineData(2, PartyBranchForm.OwnBranch, null, "branchForm")]
    [InlineData(5, PartyBranchForm.JointBranch, null, "branchForm")]
    [InlineData(1, PartyBranchForm.InstructorAssigned, " ", "instructorName")]
    [InlineData(-1, PartyBranchForm.None, null, "formalPartyMembers")]
    public async Task PartyProfileRulesNameTheField(int members, PartyBranchForm form, string? instructor, string field)
    {
        var (grain, _, _) = await AdmittedAsync(months: 12);
        var error = await Assert.ThrowsAsync<DomainException>(() => grain.UpdatePartyProfileAsync(new UpdatePartyProfile(members, form, instructor), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Invalid, field), (error.Kind, error.Field));
    }

    [Fact]
    public async Task GraduationNeedsEveryGateItemAndLeavesNoJobBehind()
    {
        var (grain, id, admitted) = await AdmittedAsync(months: 6);
        await grain.UpdatePartyProfileAsync(new UpdatePartyProfile(3, PartyBranchForm.OwnBranch, null), Scenario.Manager);
        await grain.CompleteCheckpointAsync((await grain.GetPartyTrackAsync()).Checkpoints[0].Id, true, "", Scenario.Manager);
        await OpenReviewAsync(grain, id, admitted);

        var gate = await grain.GetGraduationGateAsync();
        Assert.False(gate.Single(i => i.Item == ReviewItem.Registered).Met);
        Assert.True(gate.Single(i => i.Item == ReviewItem.PartyCoverage).Met);
        var refused = await Assert.ThrowsAsync<DomainException>(() => grain.DecideGraduationAsync(new GraduationDecision(GraduationOutcome.Graduated, "达标", null), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "gate"), (refused.Kind, refused.Field));
        var computed = await Assert.ThrowsAsync<DomainException>(() => grain.RecordReviewItemAsync(ReviewItem.Registered, true, "", Scenario.Manager));
        Assert.Equal("item", computed.Field);

        var byHand = await Assert.ThrowsAsync<DomainException>(() => grain.RecordReviewItemAsync(ReviewItem.TrainingCompleted, true, "", Scenario.Manager));
        Assert.Equal("item", byHand.Field);
        Assert.False(gate.Single(i => i.Item == ReviewItem.TrainingCompleted).Met);

        // Training is computed from attendance: one eight-hour session the organization attended.
        var (_, session) = await TrainingScenario.ScheduleAsync(fixture, admitted.IncubatorId, startsInHours: -1, hoursPerSession: GraduationGate.RequiredTrainingHours);
        var enrollment = await session.EnrollAsync(Enrollee.Organization(id), Scenario.Manager);
        await session.RecordAttendanceAsync(enrollment.Id, true, Scenario.Manager);
        await grain.RegisterAsync(TestCreditCodes.New(), Incubator.Organizations.LegalForm.SocialGroup, Scenario.Manager);
        foreach (var item in new[] { ReviewItem.Governance, ReviewItem.FinancialRecords, ReviewItem.ServicesDelivered })
        {
            await grain.RecordReviewItemAsync(item, true, "材料齐全", Scenario.Manager);
        }

        var graduated = await grain.DecideGraduationAsync(new GraduationDecision(GraduationOutcome.Graduated, "各项指标达标", null), Scenario.Manager);

        Assert.Equal(OrganizationStage.Graduated, graduated.Stage);
        Assert.StartsWith("FH", graduated.CertificateNumber);
        Assert.Empty(fixture.ScheduledJobs(id));
        Assert.DoesNotContain(await Inbox(admitted.IncubatorId, null), i => i.OrganizationId == id);
    }

    [Fact]
    public async Task AnExtensionReschedulesTheReviewAndCheckpointsWithoutOrphansOrDuplicates()
    {
        var (grain, id, admitted) = await AdmittedAsync(months: 6);
        await OpenReviewAsync(grain, id, admitted);

        var extended = await grain.DecideGraduationAsync(new GraduationDecision(GraduationOutcome.Extended, "财务制度待完善", 3), Scenario.Manager);

        Assert.Equal(OrganizationStage.Extended, extended.Stage);
        Assert.Equal(admitted.IncubationEndsAt!.Value.AddMonths(3), extended.IncubationEndsAt);
        var jobs = fixture.ScheduledJobs(id);
        var review = Assert.Single(jobs, j => j.Value.Job.Type == typeof(GraduationReviewJob));
        Assert.Equal(extended.IncubationEndsAt!.Value.UtcDateTime, review.Value.EnqueueAt, TimeSpan.FromSeconds(1));
        var pending = (await grain.GetPartyTrackAsync()).Checkpoints.Where(c => c.Status == CheckpointStatus.Pending).ToArray();
        Assert.NotEmpty(pending);
        Assert.All(pending, c => Assert.True(c.DueAt > fixture.Time.GetUtcNow()));
        Assert.Equal(pending.Length, jobs.Count(j => j.Value.Job.Type == typeof(CheckpointDueJob)));
        Assert.Equal(pending.Select(c => c.Id).Order(), jobs.Where(j => j.Value.Job.Type == typeof(CheckpointDueJob)).Select(j => (Guid)j.Value.Job.Args[1]).Order());

        await OpenReviewAsync(grain, id, extended);
        var twice = await Assert.ThrowsAsync<DomainException>(() => grain.DecideGraduationAsync(new GraduationDecision(GraduationOutcome.Extended, "再延期", 2), Scenario.Manager));
        Assert.Equal("outcome", twice.Field);
    }

    [Fact]
    public async Task ExitCancelsEveryJobOfTheOrganization()
    {
        var (grain, id, _) = await AdmittedAsync(months: 12);
        Assert.NotEmpty(fixture.ScheduledJobs(id));

        await grain.ExitAsync("组织自行解散", Scenario.Manager);

        Assert.Empty(fixture.ScheduledJobs(id));
        Assert.All((await grain.GetPartyTrackAsync()).Checkpoints, c => Assert.Equal(CheckpointStatus.Cancelled, c.Status));
    }

    [Fact]
    public async Task PromotionMovesTheOrganizationUpOneTierWithItsHistoryAndReschedulesCheckpoints()
    {
        var (district, subdistrictIncubator, communityIncubator) = await TiersAsync();
        await fixture.Grains.GetGrain<IIncubatorSettingsGrain>(subdistrictIncubator.Id).SetCheckpointPlanAsync(new CheckpointPlan(10, 60, 20), Scenario.Manager);
        var (grain, id, admitted) = await AdmittedAsync(months: 12, incubator: communityIncubator);

        var requested = await grain.RequestHandOffAsync(subdistrictIncubator.Id, "服务规模扩大", Scenario.Manager);
        Assert.Equal(HandOffKind.Promotion, requested.PendingHandOff!.Kind);
        Assert.Single(await Inbox(subdistrictIncubator.Id, InboxAudience.Manager), i => i.OrganizationId == id && i.Kind == InboxKind.HandOffWaiting);
        await Assert.ThrowsAsync<DomainException>(() => grain.RequestHandOffAsync(subdistrictIncubator.Id, "", Scenario.Manager));

        fixture.Time.Advance(TimeSpan.FromDays(5));
        var moved = await grain.DecideHandOffAsync(accept: true, "同意接收", Scenario.Manager);

        Assert.Equal(subdistrictIncubator.Id, moved.IncubatorId);
        Assert.Null(moved.PendingHandOff);
        Assert.Equal([(communityIncubator.Id, false), (subdistrictIncubator.Id, true)], moved.Tenures.Select(t => (t.IncubatorId, t.To is null)));
        var pending = (await grain.GetPartyTrackAsync()).Checkpoints.Where(c => c.Status == CheckpointStatus.Pending).ToArray();
        Assert.Equal(moved.IncubationEndsAt!.Value.AddDays(-20), pending[^1].DueAt);
        Assert.Equal(pending.Length, fixture.ScheduledJobs(id).Count(j => j.Value.Job.Type == typeof(CheckpointDueJob)));
        Assert.Single(fixture.ScheduledJobs(id), j => j.Value.Job.Type == typeof(GraduationReviewJob));
        var found = await fixture.Grains.GetGrain<IOrganizationDirectoryGrain>(0).SearchAsync(new OrganizationQuery([subdistrictIncubator.Id], null, OrganizationSort.Name, false, 1, 10));
        Assert.Contains(found.Items, o => o.Id == id);
        Assert.Equal(district.Id, communityIncubator.DistrictId);
    }

    [Fact]
    public async Task ADeclinedHandOffKeepsTheOrganizationWhereItWas()
    {
        var (_, subdistrictIncubator, communityIncubator) = await TiersAsync();
        var (grain, _, _) = await AdmittedAsync(months: 12, incubator: communityIncubator);
        await grain.RequestHandOffAsync(subdistrictIncubator.Id, "", Scenario.Manager);

        var noReason = await Assert.ThrowsAsync<DomainException>(() => grain.DecideHandOffAsync(false, " ", Scenario.Manager));
        Assert.Equal("reason", noReason.Field);
        var kept = await grain.DecideHandOffAsync(false, "场地已满", Scenario.Manager);

        Assert.Equal(communityIncubator.Id, kept.IncubatorId);
        Assert.Single(kept.Tenures);
        Assert.Contains(await fixture.Grains.TimelineAsync(grain.GetPrimaryKey()), e => e.Action == TimelineAction.HandOffDeclined && e.Argument(TimelineArgs.Reason)!.Contains("场地已满"));
    }

    [Fact]
    public async Task PromotionSkippingATierOrLeavingTheDistrictIsRefused()
    {
        var (district, _, communityIncubator) = await TiersAsync();
        var districtPark = await fixture.Grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key).AddIncubatorAsync($"区孵化园 {Guid.NewGuid():N}", district.Id, Scenario.Manager);
        var elsewhere = await Scenario.IncubatorAsync(fixture.Grains);
        var (grain, _, _) = await AdmittedAsync(months: 12, incubator: communityIncubator);

        var skip = await Assert.ThrowsAsync<DomainException>(() => grain.RequestHandOffAsync(districtPark.Id, "", Scenario.Manager));
        var away = await Assert.ThrowsAsync<DomainException>(() => grain.RequestHandOffAsync(elsewhere.Id, "", Scenario.Manager));
        Assert.Equal(("toIncubatorId", "toIncubatorId"), (skip.Field, away.Field));
    }

    private async Task<(IOrganizationGrain Grain, Guid Id, OrganizationRecord Admitted)> AdmittedAsync(int months, IncubatorRecord? incubator = null)
    {
        incubator ??= await Scenario.IncubatorAsync(fixture.Grains);
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(id);
        await grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        return (grain, id, await grain.AdmitAsync(new AdmitOrganization(months), Scenario.Manager));
    }

    /// <summary>Moves the clock to the end of the period and runs the review job, as Hangfire would.</summary>
    private async Task OpenReviewAsync(IOrganizationGrain grain, Guid id, OrganizationRecord organization)
    {
        fixture.Time.SetUtcNow(organization.IncubationEndsAt!.Value.AddMinutes(1));
        await fixture.SiloServices.GetRequiredService<GraduationReviewJob>().RunAsync(id);
        Assert.Equal(OrganizationStage.GraduationReview, (await grain.GetAsync())!.Stage);
    }

    private async Task<(AreaRecord District, IncubatorRecord Subdistrict, IncubatorRecord Community)> TiersAsync()
    {
        var tree = fixture.Grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await tree.AddAreaAsync($"区 {Guid.NewGuid():N}", AreaLevel.District, null, Scenario.Manager);
        var subdistrict = await tree.AddAreaAsync("街道", AreaLevel.Subdistrict, district.Id, Scenario.Manager);
        var community = await tree.AddAreaAsync("社区", AreaLevel.Community, subdistrict.Id, Scenario.Manager);
        var center = await tree.AddIncubatorAsync($"街道孵化中心 {Guid.NewGuid():N}", subdistrict.Id, Scenario.Manager);
        var association = await tree.AddIncubatorAsync($"社区促进会 {Guid.NewGuid():N}", community.Id, Scenario.Manager);
        return (district, center, association);
    }

    private Task<IReadOnlyList<InboxItem>> Inbox(Guid incubatorId, InboxAudience? audience) =>
        fixture.Grains.GetGrain<IInboxGrain>(0).OpenItemsAsync([incubatorId], audience);
}
