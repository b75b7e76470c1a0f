using Incubator.Cohorts;
using Incubator.Common;
using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Timeline;

namespace Incubator.Grains.Tests;

/// <summary>
/// The cohort calls its organizations (admission, board, applications) and an organization that exits tells its cohort
/// one-way. Fired together many times, every call answers (a wait in a circle would time out) and the cohort ends
/// consistent: each exited organization's place freed once, the waitlist moved up once.
/// </summary>
[Collection(ShortTimeoutCollection.Name)]
public sealed class CohortExitRaceTests(ShortTimeoutCluster cluster)
{
    private const int Rounds = 15;

    private GrainClusterFixture Fixture => cluster.Fixture;

    [Fact]
    public async Task ExitsRacingAdmissionsAndBoardReadsAllAnswerAndFreeEachPlaceOnce()
    {
        await Task.WhenAll(Enumerable.Range(0, Rounds).Select(_ => RoundAsync()));
    }

    private async Task RoundAsync()
    {
        var (incubatorId, cohort) = await CohortScenario.OpenAsync(Fixture, capacity: 2);
        var leaving = await CohortScenario.FileAndApplyAsync(Fixture, incubatorId, cohort);
        var waiting = await CohortScenario.FileAndApplyAsync(Fixture, incubatorId, cohort);
        var admittedWhileLeaving = await CohortScenario.FileAndApplyAsync(Fixture, incubatorId, cohort);
        var late = await CohortScenario.FileAsync(Fixture, incubatorId);
        await cohort.DecideAsync(CohortScenario.Decision(leaving, CohortDecision.Admit), Scenario.Manager);
        await cohort.DecideAsync(CohortScenario.Decision(waiting, CohortDecision.Waitlist), Scenario.Manager);

        // An admitted organization exits while the cohort reads it for the board and takes an application; another is
        // admitted at the moment it tries to exit (refused while it was never admitted: it has no incubation to leave).
        var admission = AdmitOrRefusedAsync(cohort, admittedWhileLeaving);
        var secondExit = ExitOrRefusedAsync(Organization(admittedWhileLeaving));
        await Task.WhenAll(
            Organization(leaving).ExitAsync("组织解散", Scenario.Manager),
            cohort.GetBoardAsync(BoardFilter.None),
            cohort.ApplyAsync(CohortScenario.Application(late), Scenario.Manager),
            secondExit,
            admission);

        // Admitted before its exit, its place was freed; its exit refused before admission, it stays admitted.
        var exitedAfterAdmission = await secondExit;
        Assert.True(await admission);
        var expected = exitedAfterAdmission ? ApplicationStatus.PlaceReleased : ApplicationStatus.Admitted;
        await PollUntil.TrueAsync(
            async () => (await StatusAsync(cohort, leaving)) == ApplicationStatus.PlaceReleased
                && (await StatusAsync(cohort, waiting)) == ApplicationStatus.Admitted
                && (await StatusAsync(cohort, admittedWhileLeaving)) == expected,
            ShortTimeoutCluster.ResponseTimeout, "the cohort to settle");

        Assert.Equal(exitedAfterAdmission ? 1 : 2, (await cohort.GetAsync())!.PlacesTaken);
        var promoted = (await Organization(waiting).GetAsync())!;
        Assert.Equal((OrganizationStage.Incubating, cohort.GetPrimaryKey()), (promoted.Stage, promoted.CohortId));
        Assert.Single(await Fixture.Grains.TimelineAsync(waiting), e => e.Action == TimelineAction.PromotedFromWaitlist);
        Assert.Equal(ApplicationStatus.Pending, await StatusAsync(cohort, late));
        Assert.Equal(OrganizationStage.Exited, (await Organization(leaving).GetAsync())!.Stage);
        Assert.Equal(
            exitedAfterAdmission ? OrganizationStage.Exited : OrganizationStage.Incubating,
            (await Organization(admittedWhileLeaving).GetAsync())!.Stage);
    }

    /// <summary>True when it exited; false when it had not been admitted yet (a 409 the manager sees).</summary>
    private static async Task<bool> ExitOrRefusedAsync(IOrganizationGrain organization)
    {
        try
        {
            await organization.ExitAsync("负责人离开", Scenario.Manager);
            return true;
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.Conflict)
        {
            return false;
        }
    }

    /// <summary>True when admitted; false when the organization had already left (a 409 the manager sees).</summary>
    private static async Task<bool> AdmitOrRefusedAsync(ICohortGrain cohort, Guid organizationId)
    {
        try
        {
            await cohort.DecideAsync(CohortScenario.Decision(organizationId, CohortDecision.Admit), Scenario.Manager);
            return true;
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.Conflict)
        {
            return false;
        }
    }

    private static async Task<ApplicationStatus> StatusAsync(ICohortGrain cohort, Guid organizationId) =>
        (await cohort.GetApplicationsAsync()).Single(a => a.OrganizationId == organizationId).Status;

    private IOrganizationGrain Organization(Guid id) => Fixture.Grains.GetGrain<IOrganizationGrain>(id);
}
