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
        // admitted at the moment it exits.
        var admission = AdmitOrRefusedAsync(cohort, admittedWhileLeaving);
        await Task.WhenAll(
            Organization(leaving).ExitAsync("组织解散", Scenario.Manager),
            cohort.GetBoardAsync(BoardFilter.None),
            cohort.ApplyAsync(CohortScenario.Application(late), Scenario.Manager),
            Organization(admittedWhileLeaving).ExitAsync("负责人离开", Scenario.Manager),
            admission);

        await PollUntil.TrueAsync(
            async () => (await StatusAsync(cohort, leaving)) == ApplicationStatus.PlaceReleased
                && (await StatusAsync(cohort, waiting)) == ApplicationStatus.Admitted
                && (await StatusAsync(cohort, admittedWhileLeaving)) != ApplicationStatus.Admitted,
            ShortTimeoutCluster.ResponseTimeout, "the cohort to settle");

        // Admitted before its exit, its place was freed; refused after it, its application stays open.
        var expected = await admission ? ApplicationStatus.PlaceReleased : ApplicationStatus.Pending;
        Assert.Equal(expected, await StatusAsync(cohort, admittedWhileLeaving));
        Assert.Equal(1, (await cohort.GetAsync())!.PlacesTaken);
        var promoted = (await Organization(waiting).GetAsync())!;
        Assert.Equal((OrganizationStage.Incubating, cohort.GetPrimaryKey()), (promoted.Stage, promoted.CohortId));
        Assert.Single(await Fixture.Grains.TimelineAsync(waiting), e => e.Action == TimelineAction.PromotedFromWaitlist);
        Assert.Equal(ApplicationStatus.Pending, await StatusAsync(cohort, late));
        var exited = await Task.WhenAll(new[] { leaving, admittedWhileLeaving }.Select(id => Organization(id).GetAsync()));
        Assert.All(exited, o => Assert.Equal(OrganizationStage.Exited, o!.Stage));
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
