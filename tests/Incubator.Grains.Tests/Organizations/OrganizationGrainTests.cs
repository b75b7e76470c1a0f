using Hangfire;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Timeline;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class OrganizationGrainTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task FilingRecordsTheOrganizationAsAppliedWithATimelineEntry()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var id = Guid.NewGuid();
        var filed = await fixture.Grains.GetGrain<IOrganizationGrain>(id).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);

        Assert.Equal(OrganizationStage.Applied, filed.Stage);
        Assert.Equal(LegalStatus.Filed, filed.LegalStatus);
        Assert.StartsWith("BA", filed.FilingNumber);
        var entry = Assert.Single(await fixture.Grains.TimelineAsync(id));
        Assert.Equal((TimelineAction.Filed, "manager-1", "李经理"), (entry.Action, entry.ActorId, entry.ActorName));
    }

    [Fact]
    public async Task StateSurvivesAClusterRestart()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var id = Guid.NewGuid();
        var code = TestCreditCodes.New();
        await fixture.Grains.GetGrain<IOrganizationGrain>(id).FileAsync(Scenario.Filing(incubator.Id, code), Scenario.Manager);

        await fixture.RestartAsync();

        var reloaded = await fixture.Grains.GetGrain<IOrganizationGrain>(id).GetAsync();
        Assert.NotNull(reloaded);
        Assert.Equal(code, reloaded.CreditCode);
        Assert.Equal(LegalStatus.Registered, reloaded.LegalStatus);
        Assert.Equal(id, await fixture.Grains.GetGrain<ICreditCodeGrain>(code).GetHolderAsync());
        Assert.NotNull((await fixture.Grains.GeographyAsync()).FindIncubator(incubator.Id));
    }

    [Fact]
    public async Task ACreditCodeBelongsToOneOrganizationEvenUnderRacingFilings()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var code = TestCreditCodes.New();
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                await fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid()).FileAsync(Scenario.Filing(incubator.Id, code), Scenario.Manager);
                return null;
            }
            catch (DomainException e)
            {
                return e;
            }
        }));

        Assert.Single(attempts, a => a is null);
        Assert.All(attempts.OfType<DomainException>(), e => Assert.Equal((DomainErrorKind.Conflict, "creditCode"), (e.Kind, e.Field)));
    }

    [Fact]
    public async Task FilingTwiceUnderOneIdIsAConflict()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());
        await grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        var error = await Assert.ThrowsAsync<DomainException>(() => grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager));
        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task AFilingWithSeveralBadFieldsIsRefusedNamingEveryOne()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var filing = Scenario.Filing(incubator.Id) with { Name = " ", ServiceDomains = [], ContactPhone = "123" };
        var error = await Assert.ThrowsAsync<DomainException>(() => fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid()).FileAsync(filing, Scenario.Manager));

        Assert.Equal((DomainErrorKind.Invalid, "name"), (error.Kind, error.Field));
        Assert.Equal(
            [("name", ErrorCodes.Required), ("serviceDomains", ErrorCodes.AtLeastOne), ("contactPhone", ErrorCodes.Phone)],
            error.Errors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public async Task FilingAtAnUnknownIncubatorIsRefused()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid()).FileAsync(Scenario.Filing(Guid.NewGuid()), Scenario.Manager));
        Assert.Equal((DomainErrorKind.NotFound, "incubatorId"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task AdmissionSchedulesTheGraduationReviewAtThePeriodsEnd()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(id);
        await grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);

        var admitted = await grain.AdmitAsync(new AdmitOrganization(12), Scenario.Manager);

        Assert.Equal(OrganizationStage.Incubating, admitted.Stage);
        Assert.Equal(fixture.Time.GetUtcNow().AddMonths(12), admitted.IncubationEndsAt);
        var job = Assert.Single(ScheduledJobs(id), j => j.Value.Job.Type == typeof(GraduationReviewJob));
        Assert.Equal(admitted.IncubationEndsAt!.Value.UtcDateTime, job.Value.EnqueueAt, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task AdmittingTwiceIsRefused()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());
        await grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        await grain.AdmitAsync(new AdmitOrganization(6), Scenario.Manager);
        var error = await Assert.ThrowsAsync<DomainException>(() => grain.AdmitAsync(new AdmitOrganization(6), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "stage"), (error.Kind, error.Field));
    }

    [Fact]
    public async Task TheReviewJobOpensTheReviewOnceAndOnlyWhenDue()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var id = Guid.NewGuid();
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(id);
        await grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        var admitted = await grain.AdmitAsync(new AdmitOrganization(3), Scenario.Manager);
        var job = fixture.SiloServices.GetRequiredService<GraduationReviewJob>();

        await job.RunAsync(id);
        Assert.Equal(OrganizationStage.Incubating, (await grain.GetAsync())!.Stage);

        fixture.Time.SetUtcNow(admitted.IncubationEndsAt!.Value.AddMinutes(1));
        await job.RunAsync(id);
        await job.RunAsync(id);

        var reviewed = (await grain.GetAsync())!;
        Assert.Equal(OrganizationStage.GraduationReview, reviewed.Stage);
        Assert.Single(await fixture.Grains.TimelineAsync(grain.GetPrimaryKey()), e => e.Action == TimelineAction.GraduationReviewOpened);
        var tasks = await fixture.Grains.GetGrain<IOrganizationDirectoryGrain>(0).OpenReviewTasksAsync([incubator.Id]);
        var task = Assert.Single(tasks);
        Assert.Equal((id, admitted.IncubationEndsAt.Value), (task.OrganizationId, task.DueAt));
    }

    [Fact]
    public async Task TheDirectoryPagesAndSearchesByNameAndCreditCode()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var code = TestCreditCodes.New();
        for (var i = 0; i < 5; i++)
        {
            var filing = Scenario.Filing(incubator.Id, i == 3 ? code : null) with { Name = $"阳光{i} 100%_组织" };
            await fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid()).FileAsync(filing, Scenario.Manager);
        }

        var directory = fixture.Grains.GetGrain<IOrganizationDirectoryGrain>(0);
        var page2 = await directory.SearchAsync(new OrganizationQuery([incubator.Id], null, OrganizationSort.Name, false, 2, 2));
        Assert.Equal(5, page2.TotalCount);
        Assert.Equal(["阳光2 100%_组织", "阳光3 100%_组织"], page2.Items.Select(o => o.Name));

        var byCode = await directory.SearchAsync(new OrganizationQuery([incubator.Id], code[..10].ToLowerInvariant(), OrganizationSort.Name, false, 1, 20));
        Assert.Equal("阳光3 100%_组织", Assert.Single(byCode.Items).Name);

        var literal = await directory.SearchAsync(new OrganizationQuery([incubator.Id], "0 100%_", OrganizationSort.Name, false, 1, 20));
        Assert.Equal("阳光0 100%_组织", Assert.Single(literal.Items).Name);

        var wildcard = await directory.SearchAsync(new OrganizationQuery([incubator.Id], "%", OrganizationSort.Name, false, 1, 20));
        Assert.Equal(5, wildcard.TotalCount);
        var none = await directory.SearchAsync(new OrganizationQuery([incubator.Id], "_x", OrganizationSort.Name, false, 1, 20));
        Assert.Equal(0, none.TotalCount);

        var pastTheEnd = await directory.SearchAsync(new OrganizationQuery([incubator.Id], null, OrganizationSort.Name, false, 9, 2));
        Assert.Empty(pastTheEnd.Items);
        Assert.Equal(5, pastTheEnd.TotalCount);
    }

    [Fact]
    public async Task RegistrationRecordsTheCodeOnceAndMovesTheLegalStatus()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());
        await grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        var code = TestCreditCodes.New();

        var registered = await grain.RegisterAsync(code.ToLowerInvariant(), Incubator.Organizations.LegalForm.SocialGroup, Scenario.Manager);
        await grain.RegisterAsync(code, Incubator.Organizations.LegalForm.SocialGroup, Scenario.Manager);

        Assert.Equal((LegalStatus.Registered, code), (registered.LegalStatus, registered.CreditCode));
        Assert.Single(await fixture.Grains.TimelineAsync(grain.GetPrimaryKey()), e => e.Action == TimelineAction.Registered);
        var other = await Assert.ThrowsAsync<DomainException>(() => grain.RegisterAsync(TestCreditCodes.New(), Incubator.Organizations.LegalForm.SocialGroup, Scenario.Manager));
        Assert.Equal(DomainErrorKind.Conflict, other.Kind);
    }

    [Fact]
    public async Task RegistrationWithAnotherOrganizationsCodeIsAConflict()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var code = TestCreditCodes.New();
        await fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid()).FileAsync(Scenario.Filing(incubator.Id, code), Scenario.Manager);
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());
        await grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.RegisterAsync(code, Incubator.Organizations.LegalForm.SocialGroup, Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "creditCode"), (error.Kind, error.Field));
        Assert.Equal(LegalStatus.Filed, (await grain.GetAsync())!.LegalStatus);
    }

    [Fact]
    public async Task ExitKeepsTheReasonAndIsFinal()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());
        await grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        await grain.AdmitAsync(new AdmitOrganization(12), Scenario.Manager);

        var exited = await grain.ExitAsync(" 负责人迁居外地 ", Scenario.Manager);

        Assert.Equal((OrganizationStage.Exited, "负责人迁居外地"), (exited.Stage, exited.ExitReason));
        await Assert.ThrowsAsync<DomainException>(() => grain.AdmitAsync(new AdmitOrganization(12), Scenario.Manager));
        var blank = await Assert.ThrowsAsync<DomainException>(() => grain.ExitAsync(" ", Scenario.Manager));
        Assert.Equal("reason", blank.Field);
    }

    [Fact]
    public async Task TheFilingNumberCarriesTheAreasDateAtHalfPastElevenUtc()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var now = fixture.Time.GetUtcNow();
        fixture.Time.SetUtcNow(new DateTimeOffset(now.UtcDateTime.Date.AddDays(1).AddHours(23).AddMinutes(30), TimeSpan.Zero));
        var utcDate = fixture.Time.GetUtcNow().UtcDateTime;

        var filed = await fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid()).FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);

        // 23:30 UTC is 07:30 the next morning in Beijing: the number carries Beijing's date.
        Assert.StartsWith($"BA{utcDate.AddDays(1):yyyyMMdd}-", filed.FilingNumber);
    }

    [Fact]
    public async Task AnOrganizationNeverAdmittedCannotExit()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());
        await grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.ExitAsync("未入驻", Scenario.Manager));

        Assert.Equal((DomainErrorKind.Conflict, ErrorCodes.StageCannotMove), (error.Kind, error.Code));
        var unchanged = (await grain.GetAsync())!;
        Assert.Equal(OrganizationStage.Applied, unchanged.Stage);
        Assert.Null(Assert.Single(unchanged.Tenures).To);
    }

    [Fact]
    public async Task ExitEndsTheTenureAtTheIncubator()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var grain = fixture.Grains.GetGrain<IOrganizationGrain>(Guid.NewGuid());
        await grain.FileAsync(Scenario.Filing(incubator.Id), Scenario.Manager);
        await grain.AdmitAsync(new AdmitOrganization(12), Scenario.Manager);

        var exited = await grain.ExitAsync("组织解散", Scenario.Manager);

        Assert.Equal(fixture.Time.GetUtcNow(), Assert.Single(exited.Tenures).To);
    }

    private IReadOnlyList<KeyValuePair<string, ScheduledJobDto>> ScheduledJobs(Guid organizationId) =>
        fixture.ScheduledJobs(organizationId);
}
