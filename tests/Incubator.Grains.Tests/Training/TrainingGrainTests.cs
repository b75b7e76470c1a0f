using System.Globalization;
using Incubator.Common;
using Incubator.Graduation;
using Incubator.Indexes;
using Incubator.Organizations;
using Incubator.Testing;
using Incubator.Timeline;
using Incubator.Training;

namespace Incubator.Grains.Tests;

[Collection(GrainTestCollection.Name)]
public sealed class TrainingGrainTests(GrainClusterFixture fixture)
{
    private static readonly Actor SocialWorker = new("social-worker-1", "刘社工");

    [Fact]
    public async Task ThirtySimultaneousEnrollmentsFillExactlyTheTenSeatsAndWaitlistTheRestInOrder()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var (_, session) = await TrainingScenario.ScheduleAsync(fixture, incubator.Id, capacity: 10);
        var organizations = new List<Guid>();
        for (var i = 0; i < 30; i++)
        {
            organizations.Add(await CohortScenario.FileAsync(fixture, incubator.Id));
        }

        var enrollments = await Task.WhenAll(organizations.Select(id => session.EnrollAsync(Enrollee.Organization(id), Scenario.Manager)));

        Assert.Equal(10, enrollments.Count(e => e.Status == EnrollmentStatus.Enrolled));
        Assert.Equal(20, enrollments.Count(e => e.Status == EnrollmentStatus.Waitlisted));
        var record = (await session.GetAsync())!;
        Assert.Equal((10, 20), (record.SeatsTaken, record.WaitlistCount));
        var waitlist = (await session.GetEnrollmentsAsync()).Where(e => e.Status == EnrollmentStatus.Waitlisted).ToArray();
        Assert.Equal(Enumerable.Range(1, 20), waitlist.Select(e => e.WaitlistPosition!.Value));
    }

    [Fact]
    public async Task AFreedSeatGoesToTheFirstOnTheWaitlistAndEveryChangeIsOnTheTimeline()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var (_, session) = await TrainingScenario.ScheduleAsync(fixture, incubator.Id, capacity: 2);
        var seated = await EnrollNewAsync(session, incubator.Id);
        await EnrollNewAsync(session, incubator.Id);
        var firstWaiting = await EnrollNewAsync(session, incubator.Id);
        var secondWaiting = await EnrollNewAsync(session, incubator.Id);
        var worker = await session.EnrollAsync(Enrollee.SocialWorker(SocialWorker.UserId, SocialWorker.DisplayName), SocialWorker);
        Assert.Equal(
            [(EnrollmentStatus.Waitlisted, 1), (EnrollmentStatus.Waitlisted, 2), (EnrollmentStatus.Waitlisted, 3)],
            new[] { firstWaiting, secondWaiting, worker }.Select(e => (e.Status, e.WaitlistPosition!.Value)));

        // Leaving the waitlist frees no seat; it only moves those behind up.
        await session.WithdrawAsync(firstWaiting.Id, Scenario.Manager);
        await session.WithdrawAsync(seated.Id, Scenario.Manager);

        var enrollments = (await session.GetEnrollmentsAsync()).ToDictionary(e => e.Id);
        Assert.Equal(EnrollmentStatus.Enrolled, enrollments[secondWaiting.Id].Status);
        Assert.Equal((EnrollmentStatus.Waitlisted, 1), (enrollments[worker.Id].Status, enrollments[worker.Id].WaitlistPosition!.Value));
        Assert.Equal((2, 1), ((await session.GetAsync())!.SeatsTaken, (await session.GetAsync())!.WaitlistCount));
        Assert.Equal(
            [TimelineAction.Filed, TimelineAction.TrainingWaitlisted, TimelineAction.TrainingPromoted],
            (await TimelineAsync(secondWaiting)).Select(e => e.Action));
        Assert.Equal(
            [TimelineAction.Filed, TimelineAction.TrainingEnrolled, TimelineAction.TrainingWithdrawn],
            (await TimelineAsync(seated)).Select(e => e.Action));

        var again = await Assert.ThrowsAsync<DomainException>(() => session.EnrollAsync(Enrollee.Organization(Guid.Parse(secondWaiting.EnrolleeId)), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Conflict, "enrollee"), (again.Kind, again.Field));
        var back = await session.EnrollAsync(Enrollee.Organization(Guid.Parse(seated.EnrolleeId)), Scenario.Manager);
        Assert.Equal((EnrollmentStatus.Waitlisted, 2), (back.Status, back.WaitlistPosition!.Value));
    }

    [Fact]
    public async Task AttendedHoursAddUpAndCompleteTheGraduationGatesTrainingItem()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var organizationId = await CohortScenario.FileAsync(fixture, incubator.Id);
        var organization = fixture.Grains.GetGrain<IOrganizationGrain>(organizationId);
        var (course, first) = await TrainingScenario.ScheduleAsync(fixture, incubator.Id, startsInHours: -1, hoursPerSession: 4m);
        var second = fixture.Grains.GetGrain<ITrainingSessionGrain>(
            (await course.ScheduleSessionAsync(TrainingScenario.Session(fixture, startsInHours: -1), Scenario.Manager)).Id);
        var firstEnrollment = await first.EnrollAsync(Enrollee.Organization(organizationId), Scenario.Manager);
        var secondEnrollment = await second.EnrollAsync(Enrollee.Organization(organizationId), Scenario.Manager);

        var attended = await first.RecordAttendanceAsync(firstEnrollment.Id, true, Scenario.Manager);
        Assert.StartsWith("PX", attended.CertificateNumber);
        Assert.False(await TrainingItemMetAsync(organization));

        await second.RecordAttendanceAsync(secondEnrollment.Id, true, Scenario.Manager);
        var gateItem = (await organization.GetGraduationGateAsync()).Single(i => i.Item == ReviewItem.TrainingCompleted);
        Assert.Equal((true, true), (gateItem.Met, gateItem.Computed));
        var record = await fixture.Grains.TrainingRecordAsync(TrainingRecordKeys.Organization(organizationId));
        Assert.Equal(8m, record.AttendedHours);
        Assert.Equal(2, record.Sessions.Count);

        // A correction to absent takes the hours back; the certificate number stays with the enrollment.
        var absent = await second.RecordAttendanceAsync(secondEnrollment.Id, false, Scenario.Manager);
        Assert.Equal(EnrollmentStatus.Absent, absent.Status);
        Assert.False(await TrainingItemMetAsync(organization));
        Assert.Equal(4m, (await fixture.Grains.TrainingRecordAsync(TrainingRecordKeys.Organization(organizationId))).AttendedHours);
        Assert.Equal(
            [TimelineAction.TrainingEnrolled, TimelineAction.TrainingEnrolled, TimelineAction.TrainingAttended, TimelineAction.TrainingAttended, TimelineAction.TrainingAbsent],
            (await fixture.Grains.TimelineAsync(organization.GetPrimaryKey())).Skip(1).Select(e => e.Action));
    }

    [Fact]
    public async Task ASocialWorkersHoursAreKeptUnderHisUserIdAndNotOnAnyOrganization()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var (_, session) = await TrainingScenario.ScheduleAsync(fixture, incubator.Id, startsInHours: -1, hoursPerSession: 2.5m);
        var userId = $"worker-{Guid.NewGuid():N}";
        var enrollment = await session.EnrollAsync(Enrollee.SocialWorker(userId, "刘社工"), new Actor(userId, "刘社工"));

        await session.RecordAttendanceAsync(enrollment.Id, true, Scenario.Manager);

        var record = await fixture.Grains.TrainingRecordAsync(TrainingRecordKeys.Person(userId));
        Assert.Equal(2.5m, record.AttendedHours);
        Assert.Equal((enrollment.Id, "刘社工"), (Assert.Single(record.Sessions).EnrollmentId, (await session.GetEnrollmentsAsync()).Single().EnrolleeName));
    }

    [Fact]
    public async Task AttendanceWaitsForTheStartAndWithdrawalsCloseAtIt()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var (_, upcoming) = await TrainingScenario.ScheduleAsync(fixture, incubator.Id);
        var (_, started) = await TrainingScenario.ScheduleAsync(fixture, incubator.Id, startsInHours: -1);
        var early = await EnrollNewAsync(upcoming, incubator.Id);
        var late = await EnrollNewAsync(started, incubator.Id);

        var tooEarly = await Assert.ThrowsAsync<DomainException>(() => upcoming.RecordAttendanceAsync(early.Id, true, Scenario.Manager));
        var tooLate = await Assert.ThrowsAsync<DomainException>(() => started.WithdrawAsync(late.Id, Scenario.Manager));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => started.RecordAttendanceAsync(Guid.NewGuid(), true, Scenario.Manager));

        Assert.Equal((DomainErrorKind.Conflict, "session"), (tooEarly.Kind, tooEarly.Field));
        Assert.Equal((DomainErrorKind.Conflict, "session"), (tooLate.Kind, tooLate.Field));
        Assert.Equal((DomainErrorKind.NotFound, "enrollmentId"), (unknown.Kind, unknown.Field));
    }

    [Fact]
    public async Task ARefusalNamesTheSessionsTimeOnTheIncubatorAreasClock()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var (_, started) = await TrainingScenario.ScheduleAsync(fixture, incubator.Id, startsInHours: -1);
        var late = await EnrollNewAsync(started, incubator.Id);

        var tooLate = await Assert.ThrowsAsync<DomainException>(() => started.WithdrawAsync(late.Id, Scenario.Manager));

        var startsAt = (await started.GetAsync())!.StartsAt;
        var beijing = startsAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Assert.Equal(beijing, tooLate.Args.Single(a => a.Name == "startsAt").Value);
    }

    [Fact]
    public async Task ACourseOrSessionWithBadInputIsRefusedNamingTheField()
    {
        var incubator = await Scenario.IncubatorAsync(fixture.Grains);
        var course = fixture.Grains.GetGrain<ICourseGrain>(Guid.NewGuid());
        var hours = await Assert.ThrowsAsync<DomainException>(() => course.CreateAsync(TrainingScenario.Course(incubator.Id, 0.3m), Scenario.Manager));
        Assert.Equal((DomainErrorKind.Invalid, "hoursPerSession"), (hours.Kind, hours.Field));
        await course.CreateAsync(TrainingScenario.Course(incubator.Id), Scenario.Manager);

        var backwards = TrainingScenario.Session(fixture) with { EndsAt = fixture.Time.GetUtcNow() };
        var ends = await Assert.ThrowsAsync<DomainException>(() => course.ScheduleSessionAsync(backwards, Scenario.Manager));
        Assert.Equal((DomainErrorKind.Invalid, "endsAt"), (ends.Kind, ends.Field));
        var seats = await Assert.ThrowsAsync<DomainException>(() => course.ScheduleSessionAsync(TrainingScenario.Session(fixture, capacity: 0), Scenario.Manager));
        Assert.Equal("capacity", seats.Field);
        Assert.Empty(await course.GetSessionsAsync());
        Assert.Equal(0, Assert.Single(await fixture.Grains.Index<CourseRecord>(incubator.Id).ListAsync()).SessionCount);
    }

    private async Task<Enrollment> EnrollNewAsync(ITrainingSessionGrain session, Guid incubatorId) =>
        await session.EnrollAsync(Enrollee.Organization(await CohortScenario.FileAsync(fixture, incubatorId)), Scenario.Manager);

    private Task<IReadOnlyList<TimelineEntry>> TimelineAsync(Enrollment enrollment) =>
        fixture.Grains.TimelineAsync(Guid.Parse(enrollment.EnrolleeId));

    private static async Task<bool> TrainingItemMetAsync(IOrganizationGrain organization) =>
        (await organization.GetGraduationGateAsync()).Single(i => i.Item == ReviewItem.TrainingCompleted).Met;
}
