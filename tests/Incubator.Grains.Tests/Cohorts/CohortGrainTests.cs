using Incubator.Cohorts;
using Incubator.Common;
using Incubator.Indexes;
using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Timeline;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class CohortGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task TwentySimultaneousAdmissionsFillExactlyTheCapacity()
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(fixture, capacity: 5);
        var organizations = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            organizations.Add(await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort));
        }

        var outcomes = await Task.WhenAll(organizations.Select(async id =>
        {
            try
            {
                await cohort.DecideAsync(CohortScenario.Decision(id, CohortDecision.Admit), Scenario.Manager);
                return null;
            }
            catch (DomainException e)
            {
                return e;
            }
        }));

        Assert.Equal(5, outcomes.Count(o => o is null));
        Assert.All(outcomes.OfType<DomainException>(), e => Assert.Equal((DomainErrorKind.Conflict, "capacity"), (e.Kind, e.Field)));
        Assert.Equal(15, outcomes.OfType<DomainException>().Count());
        Assert.Equal(5, (await cohort.GetAsync())!.PlacesTaken);
        var stages = await Task.WhenAll(organizations.Select(id => fixture.Grains.GetGrain<IOrganizationGrain>(id).GetAsync()));
        Assert.Equal(5, stages.Count(o => o!.Stage == OrganizationStage.Incubating && o.CohortId == cohort.GetPrimaryKey()));
    }

    [Fact]
    public async Task TheWaitlistKeepsTheOrderOfItsDecisionsAndMovesUpWhenAnAdmittedOrganizationExits()
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(fixture, capacity: 1);
        var admitted = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        var appliedFirst = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        var appliedSecond = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        await cohort.DecideAsync(CohortScenario.Decision(admitted, CohortDecision.Admit), Scenario.Manager);
        await cohort.DecideAsync(CohortScenario.Decision(appliedSecond, CohortDecision.Waitlist), Scenario.Manager);
        await cohort.DecideAsync(CohortScenario.Decision(appliedFirst, CohortDecision.Waitlist), Scenario.Manager);
        Assert.Equal([(appliedSecond, 1), (appliedFirst, 2)], await WaitlistAsync(cohort));

        await fixture.Grains.GetGrain<IOrganizationGrain>(admitted).ExitAsync("组织解散", Scenario.Manager);

        // The organization tells its cohort one-way after its own write.
        await PollUntil.TrueAsync(
            async () => (await fixture.Grains.GetGrain<IOrganizationGrain>(appliedSecond).GetAsync())!.Stage == OrganizationStage.Incubating,
            TimeSpan.FromSeconds(10), "the waitlist to move up");
        var promoted = (await fixture.Grains.GetGrain<IOrganizationGrain>(appliedSecond).GetAsync())!;
        Assert.Equal((OrganizationStage.Incubating, cohort.GetPrimaryKey()), (promoted.Stage, promoted.CohortId));
        var timeline = await fixture.Grains.TimelineAsync(appliedSecond);
        Assert.Equal(
            [TimelineAction.Filed, TimelineAction.AppliedToCohort, TimelineAction.Waitlisted, TimelineAction.Admitted, TimelineAction.CheckpointsScheduled, TimelineAction.PromotedFromWaitlist],
            timeline.Select(e => e.Action));
        Assert.Equal([(appliedFirst, 1)], await WaitlistAsync(cohort));
        var applications = await cohort.GetApplicationsAsync();
        Assert.Equal(ApplicationStatus.PlaceReleased, applications.Single(a => a.OrganizationId == admitted).Status);
        // The platform's own reason is a code the Client words in the reader's language, never stored text.
        var promotedApplication = applications.Single(a => a.OrganizationId == appliedSecond);
        Assert.Equal((ApplicationStatus.Admitted, null, ErrorCodes.CohortPromotedFromWaitlist),
            (promotedApplication.Status, promotedApplication.DecisionReason, promotedApplication.DecisionReasonCode));
        Assert.Equal(1, (await cohort.GetAsync())!.PlacesTaken);
    }

    [Fact]
    public async Task ReleasingAPlaceTwiceOrForAnOrganizationWithoutOneChangesNothing()
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(fixture, capacity: 1);
        var admitted = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        var waiting = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        await cohort.DecideAsync(CohortScenario.Decision(admitted, CohortDecision.Admit), Scenario.Manager);
        await cohort.DecideAsync(CohortScenario.Decision(waiting, CohortDecision.Waitlist), Scenario.Manager);

        await cohort.ReleasePlaceAsync(waiting);
        await cohort.ReleasePlaceAsync(Guid.NewGuid());

        Assert.Equal((1, 1), ((await cohort.GetAsync())!.PlacesTaken, (await cohort.GetAsync())!.WaitlistCount));
    }

    [Fact]
    public async Task TotalsAreWeightedScoresPlusTheFavouredBonusAndTheListIsSortedByThem()
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(fixture);
        var convenience = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        var charity = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort, OrganizationCategory.CharityPublicWelfare);

        await cohort.ScoreAsync(new ScoreApplication(convenience, [new("治理结构", 5), new("服务成效", 5)]), Scenario.Manager);
        await cohort.ScoreAsync(new ScoreApplication(charity, [new("治理结构", 2), new("服务成效", 3)]), Scenario.Manager);
        var rescored = await cohort.ScoreAsync(new ScoreApplication(charity, [new("治理结构", 4)]), Scenario.Manager);

        // 4×3 + 3×2 = 18, plus favoured weight 2 × top score 5 = 10.
        Assert.Equal((18, 10, 28), (rescored.CriteriaTotal, rescored.FavouredBonus, rescored.Total));
        var ranked = await cohort.GetApplicationsAsync();
        Assert.Equal([(charity, 28), (convenience, 25)], ranked.Select(a => (a.OrganizationId, a.Total)));
        Assert.Contains(await fixture.Grains.TimelineAsync(charity), e => e.Action == TimelineAction.ApplicationScored);
    }

    [Theory]
    [InlineData("治理结构", 6)]
    [InlineData("治理结构", -1)]
    [InlineData("不存在的指标", 3)]
    public async Task ScoresOutsideTheScaleOrForUnknownCriteriaAreRefused(string criterion, int score)
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(fixture);
        var id = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        var error = await Assert.ThrowsAsync<DomainException>(() => cohort.ScoreAsync(new ScoreApplication(id, [new(criterion, score)]), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Invalid, "scores"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task ApplicationsAreTakenOnlyWithinTheIntakeWindow()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var cohort = fixture.Grains.GetGrain<ICohortGrain>(Guid.NewGuid());
        await cohort.OpenAsync(CohortScenario.Opening(incubator.Id, fixture, opensInDays: 1, closesInDays: 2), Scenario.Manager);
        var early = await CohortScenario.FileAsync(fixture, incubator.Id);
        var onTime = await CohortScenario.FileAsync(fixture, incubator.Id);
        var late = await CohortScenario.FileAsync(fixture, incubator.Id);

        var tooEarly = await Assert.ThrowsAsync<DomainException>(() => cohort.ApplyAsync(CohortScenario.Application(early), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "intakeWindow"), (tooEarly.Kind, tooEarly.Field));

        fixture.Time.Advance(TimeSpan.FromDays(2));
        await cohort.ApplyAsync(CohortScenario.Application(onTime), Scenario.Manager);

        fixture.Time.Advance(TimeSpan.FromDays(1));
        var tooLate = await Assert.ThrowsAsync<DomainException>(() => cohort.ApplyAsync(CohortScenario.Application(late), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "intakeWindow"), (tooLate.Kind, tooLate.Field));
        Assert.Equal([onTime], (await cohort.GetApplicationsAsync()).Select(a => a.OrganizationId));
    }

    [Fact]
    public async Task AnOrganizationAppliesOncePerCohort()
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(fixture);
        var id = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        var error = await Assert.ThrowsAsync<DomainException>(() => cohort.ApplyAsync(CohortScenario.Application(id), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "organizationId"), (error.Kind, error.Field));
        Assert.Single(await cohort.GetApplicationsAsync());
    }

    [Fact]
    public async Task OnlyOrganizationsFiledAtTheIncubatorAndNotYetAdmittedApply()
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(fixture);
        var elsewhere = await CohortScenario.FileAsync(fixture, (await Scenario.IncubatorAsync(fixture.Grains)).Id);
        var incubating = await CohortScenario.FileAsync(fixture, incubatorId);
        await fixture.Grains.GetGrain<IOrganizationGrain>(incubating).AdmitAsync(new AdmitOrganization(12), Scenario.Manager);

        var foreign = await Assert.ThrowsAsync<DomainException>(() => cohort.ApplyAsync(CohortScenario.Application(elsewhere), Scenario.Manager));
        Assert.Equal("organizationId", foreign.Field);
        var wrongStage = await Assert.ThrowsAsync<DomainException>(() => cohort.ApplyAsync(CohortScenario.Application(incubating), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "stage"), (wrongStage.Kind, wrongStage.Field));
    }

    [Fact]
    public async Task DecisionsKeepTheirReasonAndGoOnTheTimeline()
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(fixture);
        var declined = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        var admitted = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);

        var missingReason = await Assert.ThrowsAsync<DomainException>(() =>
            cohort.DecideAsync(new DecideApplication(declined, CohortDecision.Decline, " "), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Invalid, "reason"), (missingReason.Kind, missingReason.Field));

        var decision = await cohort.DecideAsync(new DecideApplication(declined, CohortDecision.Decline, "服务领域与本园定位不符"), Scenario.Manager);
        Assert.Equal((ApplicationStatus.Declined, "服务领域与本园定位不符", "李经理"), (decision.Status, decision.DecisionReason, decision.DecidedBy));
        var again = await Assert.ThrowsAsync<DomainException>(() => cohort.DecideAsync(CohortScenario.Decision(declined, CohortDecision.Admit), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "status"), (again.Kind, again.Field));
        Assert.Contains(await fixture.Grains.TimelineAsync(declined),
            e => e.Action == TimelineAction.Declined && e.Argument(TimelineArgs.Reason)!.Contains("服务领域与本园定位不符"));

        await cohort.DecideAsync(CohortScenario.Decision(admitted, CohortDecision.Admit), Scenario.Manager);
        var organization = (await fixture.Grains.GetGrain<IOrganizationGrain>(admitted).GetAsync())!;
        Assert.Equal(fixture.Time.GetUtcNow().AddMonths(12), organization.IncubationEndsAt);
        Assert.Contains(await fixture.Grains.TimelineAsync(admitted), e => e.Action == TimelineAction.AdmittedByCohort);
    }

    [Fact]
    public async Task TheBoardPutsOrganizationsInColumnsAndMarksWhatIsOverdue()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var cohort = fixture.Grains.GetGrain<ICohortGrain>(Guid.NewGuid());
        await cohort.OpenAsync(CohortScenario.Opening(incubator.Id, fixture, closesInDays: 1) with { IncubationMonths = 1 }, Scenario.Manager);
        var undecided = await CohortScenario.FileAndApplyAsync(fixture, incubator.Id, cohort, OrganizationCategory.CharityPublicWelfare);
        var incubating = await CohortScenario.FileAndApplyAsync(fixture, incubator.Id, cohort);
        var waitlisted = await CohortScenario.FileAndApplyAsync(fixture, incubator.Id, cohort);
        await cohort.DecideAsync(CohortScenario.Decision(incubating, CohortDecision.Admit), Scenario.Manager);
        await cohort.DecideAsync(CohortScenario.Decision(waitlisted, CohortDecision.Waitlist), Scenario.Manager);

        var board = await cohort.GetBoardAsync(BoardFilter.None);
        Assert.Equal(
            [(undecided, BoardColumn.Applied, false), (waitlisted, BoardColumn.Waitlisted, false), (incubating, BoardColumn.Incubating, false)],
            board.Cards.Select(c => (c.OrganizationId, c.Column, c.Overdue)));

        fixture.Time.Advance(TimeSpan.FromDays(40));
        var later = await cohort.GetBoardAsync(BoardFilter.None);
        Assert.True(later.Cards.Single(c => c.OrganizationId == undecided).Overdue);
        Assert.True(later.Cards.Single(c => c.OrganizationId == incubating).Overdue);
        Assert.False(later.Cards.Single(c => c.OrganizationId == waitlisted).Overdue);
        Assert.Equal((1, 1), later.Columns.Where(c => c.Column == BoardColumn.Incubating).Select(c => (c.Count, c.OverdueCount)).Single());

        var charityOnly = await cohort.GetBoardAsync(new BoardFilter(OrganizationCategory.CharityPublicWelfare, null, null));
        Assert.Equal([undecided], charityOnly.Cards.Select(c => c.OrganizationId));
        Assert.Equal(3, (await cohort.GetBoardAsync(new BoardFilter(null, ServiceDomain.ElderlyCare, incubator.Tier))).Cards.Count);
        Assert.Empty((await cohort.GetBoardAsync(new BoardFilter(null, ServiceDomain.Rescue, null))).Cards);
    }

    [Fact]
    public async Task TheIncubatorListsItsCohortsWithPlacesTaken()
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(fixture, capacity: 3);
        var id = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        await cohort.DecideAsync(CohortScenario.Decision(id, CohortDecision.Admit), Scenario.Manager);

        var summary = Assert.Single(await fixture.Grains.Index<CohortSummary>(incubatorId).ListAsync());
        Assert.Equal((cohort.GetPrimaryKey(), 3, 1, 1), (summary.Id, summary.Capacity, summary.PlacesTaken, summary.ApplicationCount));
    }

    [Fact]
    public async Task OpeningValidatesEveryField()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var opening = CohortScenario.Opening(incubator.Id, fixture) with { Capacity = 501 };
        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<ICohortGrain>(Guid.NewGuid()).OpenAsync(opening, Scenario.Manager));
        Assert.Equal((DomainErrorKind.Invalid, "capacity"), (error.Kind, error.Field));

        var fields = (CohortScenario.Opening(incubator.Id, fixture) with
        {
            Name = " ",
            IntakeClosesOn = DateOnly.MinValue,
            IncubationMonths = 25,
            Criteria = [new("a", 11), new("A", 1)],
            FavouredCategoryWeight = 11,
        }).Validate().Select(e => e.Field).Distinct().Order();
        Assert.Equal(["criteria", "favouredCategoryWeight", "incubationMonths", "intakeClosesOn", "name"], fields);
    }

    private static async Task<IReadOnlyList<(Guid, int)>> WaitlistAsync(ICohortGrain cohort) =>
        (await cohort.GetApplicationsAsync())
            .Where(a => a.Status == ApplicationStatus.Waitlisted)
            .OrderBy(a => a.WaitlistPosition)
            .Select(a => (a.OrganizationId, a.WaitlistPosition!.Value))
            .ToArray();

    [Fact]
    public async Task AnApplicationWaitsInTheManagersInboxUntilItIsDecided()
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(fixture, capacity: 5);
        var organization = await CohortScenario.FileAndApplyAsync(fixture, incubatorId, cohort);
        var inbox = fixture.Grains.GetGrain<Inbox.IInboxGrain>(0);

        var waiting = await inbox.OpenItemsAsync([incubatorId], Inbox.InboxAudience.Manager);
        Assert.Single(waiting, i => i.OrganizationId == organization && i.Kind == Inbox.InboxKind.ApplicationToScore);

        await cohort.DecideAsync(CohortScenario.Decision(organization, CohortDecision.Decline), Scenario.Manager);
        Assert.DoesNotContain(await inbox.OpenItemsAsync([incubatorId], null), i => i.Kind == Inbox.InboxKind.ApplicationToScore && i.OrganizationId == organization);
    }
}
