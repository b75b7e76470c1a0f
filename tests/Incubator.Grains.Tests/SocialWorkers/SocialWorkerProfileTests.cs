using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.SocialWorkers;
using Incubator.Testing;
using Incubator.Training;
using Npgsql;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class SocialWorkerProfileTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task TenSocialWorkersRacingForOneCertificateNumberLeaveItWithExactlyOne()
    {
        var (district, community) = await SocialWorkerScenario.DistrictWithCommunityAsync(fixture.Grains);
        var number = $"zs-{Guid.NewGuid():N}"[..16];
        var workers = Enumerable.Range(0, 10).Select(_ => fixture.Grains.GetGrain<ISocialWorkerGrain>(Guid.NewGuid())).ToArray();

        var outcomes = await Task.WhenAll(workers.Select(async worker =>
        {
            try
            {
                // Lower case and spaces are the same number.
                await worker.RegisterAsync(SocialWorkerScenario.Profile(district.Id, 20, community.Id),
                    SocialWorkerScenario.Certificate(number: $" {number} "), Scenario.Manager);
                return null;
            }
            catch (DomainException e)
            {
                return e;
            }
        }));

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.OfType<DomainException>(), e => Assert.Equal(
            (DomainErrorKind.Conflict, "certificateNumber", ErrorCodes.SocialWorkerCertificateTaken), (e.Kind, e.Field, e.Code)));
        var winner = workers[Array.FindIndex(outcomes, o => o is null)];
        Assert.Equal(Certification.Normalize(number), (await winner.GetAsync()).Certification!.CertificateNumber);
        Assert.Equal(winner.GetPrimaryKey(), await fixture.Grains.GetGrain<ICertificateNumberGrain>(Certification.Normalize(number)).GetHolderAsync());
        // The losers were not registered and can register with their own numbers.
        var loser = workers[Array.FindIndex(outcomes, o => o is not null)];
        Assert.False(await loser.ExistsAsync());
        await loser.RegisterAsync(SocialWorkerScenario.Profile(district.Id), SocialWorkerScenario.Certificate(), Scenario.Manager);
        Assert.Equal(1, await CountAsync("SELECT count(*)::int FROM incubator.social_workers WHERE certificate_number = $1", Certification.Normalize(number)));
    }

    [Fact]
    public async Task ANewCertificateFreesTheOldNumberAndALowerLevelIsRefused()
    {
        var worker = await SocialWorkerScenario.RegisterAsync(fixture, certification: SocialWorkerScenario.Certificate(CertificationLevel.SocialWorker));
        var old = (await worker.GetAsync()).Certification!.CertificateNumber;

        var lower = await Assert.ThrowsAsync<DomainException>(() => worker.CertifyAsync(SocialWorkerScenario.Certificate(CertificationLevel.AssistantSocialWorker), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "certificationLevel"), (lower.Kind, lower.Field));
        var senior = SocialWorkerScenario.Certificate(CertificationLevel.SeniorSocialWorker);
        await worker.CertifyAsync(senior, Scenario.Manager);

        Assert.Equal(CertificationLevel.SeniorSocialWorker, (await worker.GetAsync()).Certification!.Level);
        Assert.Null(await fixture.Grains.GetGrain<ICertificateNumberGrain>(old).GetHolderAsync());
        var other = await SocialWorkerScenario.RegisterAsync(fixture);
        await other.CertifyAsync(SocialWorkerScenario.Certificate(number: old), Scenario.Manager);
        var taken = await Assert.ThrowsAsync<DomainException>(() => other.CertifyAsync(senior, Scenario.Manager));
        Assert.Equal("certificateNumber", taken.Field);
    }

    [Fact]
    public async Task BadProfilesNameEveryFieldAndRegisterNothing()
    {
        var (district, _) = await SocialWorkerScenario.DistrictWithCommunityAsync(fixture.Grains);
        var worker = fixture.Grains.GetGrain<ISocialWorkerGrain>(Guid.NewGuid());
        var bad = new SocialWorkerProfile(" ", "12345", Guid.Empty, district.Id, [], [], [], 61);
        var future = new Certification((CertificationLevel)9, "#", SocialWorkerScenario.Today(fixture).AddDays(1));

        var invalid = await Assert.ThrowsAsync<DomainException>(() => worker.RegisterAsync(bad, future, Scenario.Manager));

        Assert.Equal(
            ["name", "phoneNumber", "employerOrganizationId", "skills", "weeklyHoursAvailable", "certificationLevel", "certificateNumber", "certifiedOn"],
            invalid.Errors.Select(e => e.Field));
        Assert.False(await worker.ExistsAsync());
        Assert.Equal(DomainErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => worker.GetAsync())).Kind);
    }

    [Fact]
    public async Task CommunitiesMustLieInTheDistrictAndTheEmployerMustExist()
    {
        var (district, community) = await SocialWorkerScenario.DistrictWithCommunityAsync(fixture.Grains);
        var (otherDistrict, elsewhere) = await SocialWorkerScenario.DistrictWithCommunityAsync(fixture.Grains);
        var worker = fixture.Grains.GetGrain<ISocialWorkerGrain>(Guid.NewGuid());

        var wrongArea = await Assert.ThrowsAsync<DomainException>(() =>
            worker.RegisterAsync(SocialWorkerScenario.Profile(district.Id, 20, community.Id, elsewhere.Id), null, Scenario.Manager));
        var notADistrict = await Assert.ThrowsAsync<DomainException>(() =>
            worker.RegisterAsync(SocialWorkerScenario.Profile(community.Id), null, Scenario.Manager));
        var noEmployer = await Assert.ThrowsAsync<DomainException>(() =>
            worker.RegisterAsync(SocialWorkerScenario.Profile(district.Id) with { EmployerOrganizationId = Guid.NewGuid() }, null, Scenario.Manager));

        Assert.Equal(("communityIds", ErrorCodes.SocialWorkerWrongArea), (wrongArea.Field, wrongArea.Errors[0].Code));
        Assert.Equal("districtId", notADistrict.Field);
        Assert.Equal("employerOrganizationId", noEmployer.Field);
        Assert.NotEqual(district.Id, otherDistrict.Id);
        Assert.False(await worker.ExistsAsync());
    }

    [Fact]
    public async Task WeeklyHoursCannotDropBelowWhatIsCommitted()
    {
        var worker = await SocialWorkerScenario.RegisterAsync(fixture, weeklyHours: 20);
        var record = await worker.GetAsync();
        var from = SocialWorkerScenario.Today(fixture).AddDays(14);
        await worker.ReserveHoursAsync(new ReserveHours(Guid.NewGuid(), 12, from, from.AddDays(30)));
        var profile = new SocialWorkerProfile(record.Name, record.PhoneNumber, null, record.DistrictId, record.CommunityIds, record.StationIds, record.Skills, 10);

        var refused = await Assert.ThrowsAsync<DomainException>(() => worker.UpdateProfileAsync(profile, Scenario.Manager));
        await worker.UpdateProfileAsync(profile with { WeeklyHoursAvailable = 12 }, Scenario.Manager);

        Assert.Equal((DomainErrorKind.Conflict, "weeklyHoursAvailable"), (refused.Kind, refused.Field));
        Assert.Equal(0, (await worker.GetAsync()).HoursLeftFrom(from));
    }

    [Fact]
    public async Task ContinuingEducationHoursComeFromHisAccountsTrainingRecord()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var worker = await SocialWorkerScenario.RegisterAsync(fixture);
        Assert.Equal(0m, (await fixture.Grains.ContinuingEducationAsync(await worker.GetAsync())).AttendedHours);
        var userId = $"worker-{Guid.NewGuid():N}";
        await worker.LinkAccountAsync(userId, Scenario.Manager);
        foreach (var hours in new[] { 2.5m, 3m })
        {
            var (_, session) = await TrainingScenario.ScheduleAsync(fixture, incubator.Id, startsInHours: -1, hoursPerSession: hours);
            var enrollment = await session.EnrollAsync(Enrollee.SocialWorker(userId, "刘社工"), new Actor(userId, "刘社工"));
            await session.RecordAttendanceAsync(enrollment.Id, true, Scenario.Manager);
        }

        var education = await fixture.Grains.ContinuingEducationAsync(await worker.GetAsync());

        Assert.Equal((5.5m, 2), (education.AttendedHours, education.Sessions.Count));
        // One account signs in as one social worker.
        var other = await SocialWorkerScenario.RegisterAsync(fixture);
        var taken = await Assert.ThrowsAsync<DomainException>(() => other.LinkAccountAsync(userId, Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, ErrorCodes.SocialWorkerAccountTaken), (taken.Kind, taken.Code));
        Assert.Equal(worker.GetPrimaryKey(), await fixture.Grains.GetGrain<ISocialWorkerAccountGrain>(userId).GetHolderAsync());
    }

    [Fact]
    public async Task TheDirectoryFiltersBySkillCommunityAndSearchAndFindsTheIdle()
    {
        var (district, community) = await SocialWorkerScenario.DistrictWithCommunityAsync(fixture.Grains);
        var today = SocialWorkerScenario.Today(fixture);
        var busy = fixture.Grains.GetGrain<ISocialWorkerGrain>(Guid.NewGuid());
        await busy.RegisterAsync(SocialWorkerScenario.Profile(district.Id, 20, community.Id) with { Name = "王忙碌", Skills = [ServiceDomain.Youth] }, null, Scenario.Manager);
        await busy.ReserveHoursAsync(new ReserveHours(Guid.NewGuid(), 8, today, today.AddDays(60)));
        var idle = fixture.Grains.GetGrain<ISocialWorkerGrain>(Guid.NewGuid());
        await idle.RegisterAsync(SocialWorkerScenario.Profile(district.Id, 10) with { Name = "李空闲", Skills = [ServiceDomain.ElderlyCare] },
            SocialWorkerScenario.Certificate(number: "IDLE-" + Guid.NewGuid().ToString("N")[..10]), Scenario.Manager);
        var directory = fixture.Grains.GetGrain<ISocialWorkerDirectoryGrain>(0);
        SocialWorkerQuery Query(bool idleOnly = false) => new([district.Id], null, null, null, ActiveOnly: true, idleOnly, today);

        var all = await directory.ListAsync(Query());
        var youth = await directory.ListAsync(Query() with { Skill = ServiceDomain.Youth });
        var inCommunity = await directory.ListAsync(Query() with { CommunityIds = [community.Id] });
        var searched = await directory.ListAsync(Query() with { Search = "空闲" });
        var idleOnes = await directory.ListAsync(Query(idleOnly: true));
        var paged = await directory.ListAsync(Query() with { PageSize = 1, PageNumber = 2 });

        Assert.Equal(["李空闲", "王忙碌"], all.Items.Select(i => i.Name));
        Assert.Equal([10, 12], all.Items.Select(i => i.HoursLeft));
        Assert.Equal(["王忙碌"], youth.Items.Select(i => i.Name));
        Assert.Equal(["王忙碌"], inCommunity.Items.Select(i => i.Name));
        Assert.Equal(["李空闲"], searched.Items.Select(i => i.Name));
        Assert.Equal(["李空闲"], idleOnes.Items.Select(i => i.Name));
        Assert.Equal((2L, "王忙碌"), (paged.TotalCount, Assert.Single(paged.Items).Name));
        Assert.Equal("pageSize", (await Assert.ThrowsAsync<DomainException>(() => directory.ListAsync(Query() with { PageSize = 0 }))).Field);
    }

    private async Task<int> CountAsync(string sql, object value)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new() { Value = value });
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
