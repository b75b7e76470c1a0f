using Incubator.Common;
using Incubator.Indexes;
using Incubator.Testing;
using Incubator.Volunteers;

namespace Incubator.Grains.Tests;

/// <summary>Sign-ups raced through the grain, the waitlist, the rotating code and the hours from check-in to confirmation.</summary>
[Collection(GrainTestCollection.Name)]
public sealed class VolunteerActivityTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task ThirtySimultaneousSignUpsFillARoleExactlyAndWaitInOrder()
    {
        var community = await VolunteerScenario.CommunityAsync(fixture);
        var activity = await VolunteerScenario.ActivityAsync(fixture, community, TimeSpan.FromDays(3), new ActivityRole("引导员", 7), new ActivityRole("摄影", 1));
        var volunteers = Enumerable.Range(0, 30).Select(_ => Guid.NewGuid()).ToArray();

        var signUps = await Task.WhenAll(volunteers.Select(v => activity.SignUpAsync(v, "志愿者", "13812345678", "引导员", Scenario.Manager)));

        Assert.Equal(7, signUps.Count(s => s.Status == SignUpStatus.Seated));
        Assert.Equal(Enumerable.Range(1, 23), signUps.Where(s => s.Status == SignUpStatus.Waitlisted).Select(s => s.WaitlistPosition!.Value).Order());
        var record = (await activity.GetAsync())!;
        Assert.Equal([("引导员", 7, 23), ("摄影", 0, 0)], record.Roles.Select(r => (r.Name, r.Taken, r.Waiting)));
        var listing = Assert.Single(await fixture.Grains.Index<ActivityListing>(ActivityListing.OrganizerKey(OrganizerKind.Community, community)).ListAsync());
        Assert.Equal((8, 7, 23), (listing.Places, listing.Taken, listing.Waiting));
    }

    [Fact]
    public async Task ACancellationSeatsTheFirstWaitingOfThatRole()
    {
        var community = await VolunteerScenario.CommunityAsync(fixture);
        var activity = await VolunteerScenario.ActivityAsync(fixture, community, TimeSpan.FromDays(3), new ActivityRole("引导员", 1), new ActivityRole("摄影", 1));
        var (seated, first, second, other) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await activity.SignUpAsync(seated, "甲", "13812345678", "引导员", Scenario.Manager);
        await activity.SignUpAsync(first, "乙", "13812345678", "引导员", Scenario.Manager);
        await activity.SignUpAsync(second, "丙", "13812345678", "引导员", Scenario.Manager);
        await activity.SignUpAsync(other, "丁", "13812345678", "摄影", Scenario.Manager);

        var cancelled = await activity.CancelAsync(seated, Scenario.Manager);

        Assert.Equal(SignUpStatus.Cancelled, cancelled.Status);
        Assert.Equal((SignUpStatus.Seated, null), Shape(await activity.SignUpOfAsync(first)));
        Assert.Equal((SignUpStatus.Waitlisted, 1), Shape(await activity.SignUpOfAsync(second)));
        Assert.Equal((SignUpStatus.Seated, null), Shape(await activity.SignUpOfAsync(other)));
        var secondsRow = Assert.Single(await fixture.Grains.Index<VolunteerSignUpRow>(second).ListAsync());
        Assert.Equal((SignUpStatus.Waitlisted, 1), (secondsRow.Status, secondsRow.WaitlistPosition));
        // He may sign up again after cancelling; the role is full, so he waits behind the others.
        Assert.Equal((SignUpStatus.Waitlisted, 2), Shape(await activity.SignUpAsync(seated, "甲", "13812345678", "引导员", Scenario.Manager)));
        await AssertRefusedAsync(() => activity.SignUpAsync(first, "乙", "13812345678", "引导员", Scenario.Manager), ErrorCodes.ActivityAlreadySignedUp);
        await AssertRefusedAsync(() => activity.SignUpAsync(Guid.NewGuid(), "戊", "13812345678", "厨师", Scenario.Manager), ErrorCodes.UnknownValue);
    }

    [Fact]
    public async Task ACodeWorksInItsWindowAndTheNextButNotLaterNorForAnotherActivity()
    {
        var community = await VolunteerScenario.CommunityAsync(fixture);
        var activity = await VolunteerScenario.ActivityAsync(fixture, community, TimeSpan.FromMinutes(10));
        var other = await VolunteerScenario.ActivityAsync(fixture, community, TimeSpan.FromMinutes(10));
        var (late, onTime, elsewhere) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await activity.SignUpAsync(late, "甲", "13812345678", "陪伴员", Scenario.Manager);
        await activity.SignUpAsync(onTime, "乙", "13812345678", "陪伴员", Scenario.Manager);
        await other.SignUpAsync(elsewhere, "丙", "13812345678", "陪伴员", Scenario.Manager);
        var shown = await activity.CurrentCodeAsync();

        await AssertRefusedAsync(() => other.CheckInAsync(elsewhere, shown.Code), ErrorCodes.ActivityCodeWrong);
        fixture.Time.SetUtcNow(shown.ChangesAt.AddSeconds(5));
        Assert.NotNull((await activity.CheckInAsync(onTime, shown.Code)).CheckedInAt);
        fixture.Time.SetUtcNow(shown.ChangesAt.AddSeconds(30));
        await AssertRefusedAsync(() => activity.CheckInAsync(late, shown.Code), ErrorCodes.ActivityCodeWrong);
        Assert.Null((await activity.SignUpOfAsync(late))!.CheckedInAt);

        var current = await activity.CurrentCodeAsync();
        Assert.NotEqual(shown.Code, current.Code);
        Assert.NotNull((await activity.CheckInAsync(late, current.Code)).CheckedInAt);
        await AssertRefusedAsync(() => activity.CheckInAsync(late, current.Code), ErrorCodes.ActivityAlreadyCheckedIn);
    }

    [Fact]
    public async Task CheckInOpensHalfAnHourBeforeTheStartAndWaitlistedVolunteersCannotCheckIn()
    {
        var community = await VolunteerScenario.CommunityAsync(fixture);
        var activity = await VolunteerScenario.ActivityAsync(fixture, community, TimeSpan.FromHours(2), new ActivityRole("陪伴员", 1));
        var (seated, waiting) = (Guid.NewGuid(), Guid.NewGuid());
        await activity.SignUpAsync(seated, "甲", "13812345678", "陪伴员", Scenario.Manager);
        await activity.SignUpAsync(waiting, "乙", "13812345678", "陪伴员", Scenario.Manager);

        await AssertRefusedAsync(async () => await activity.CheckInAsync(seated, (await activity.CurrentCodeAsync()).Code), ErrorCodes.ActivityCheckInClosed);
        fixture.Time.Advance(TimeSpan.FromMinutes(91));
        await AssertRefusedAsync(async () => await activity.CheckInAsync(waiting, (await activity.CurrentCodeAsync()).Code), ErrorCodes.ActivityNotSeated);
        Assert.NotNull((await activity.CheckInAsync(seated, (await activity.CurrentCodeAsync()).Code)).CheckedInAt);
        await AssertRefusedAsync(() => activity.CancelAsync(seated, Scenario.Manager), ErrorCodes.ActivityStarted, after: TimeSpan.FromMinutes(30));
    }

    [Fact]
    public async Task HoursAreCappedConfirmedOntoTheRecordAndChangedOnlyByARecordedCorrection()
    {
        var community = await VolunteerScenario.CommunityAsync(fixture);
        var (volunteer, _) = await VolunteerScenario.VolunteerAsync(fixture, community);
        var activity = await VolunteerScenario.ActivityAsync(fixture, community, TimeSpan.FromMinutes(20));
        var record = (await activity.GetAsync())!;
        var signUp = await activity.SignUpAsync(volunteer.GetPrimaryKey(), "王志愿", "13812345678", "陪伴员", Scenario.Manager);
        await AssertRefusedAsync(() => activity.ConfirmAsync(signUp.Id, Scenario.Manager), ErrorCodes.ActivityNotCheckedOut);

        // In 20 minutes before the start, out 40 minutes after the end: three hours, the activity's span.
        await activity.CheckInAsync(volunteer.GetPrimaryKey(), (await activity.CurrentCodeAsync()).Code);
        fixture.Time.SetUtcNow(record.EndsAt.AddMinutes(20));
        var checkedOut = await activity.CheckOutAsync(volunteer.GetPrimaryKey(), (await activity.CurrentCodeAsync()).Code);
        Assert.Equal(3.0m, checkedOut.Hours);
        await AssertRefusedAsync(async () => await activity.CheckOutAsync(volunteer.GetPrimaryKey(), (await activity.CurrentCodeAsync()).Code), ErrorCodes.ActivityAlreadyCheckedOut);
        Assert.Empty((await volunteer.GetAsync()).Services);

        var confirmed = await activity.ConfirmAsync(signUp.Id, Scenario.Manager);
        Assert.Equal(Scenario.Manager.DisplayName, confirmed.ConfirmedBy);
        Assert.Equal(confirmed, await activity.ConfirmAsync(signUp.Id, Scenario.Manager));
        Assert.Equal(3.0m, (await volunteer.GetAsync()).ConfirmedHours);

        await AssertRefusedAsync(() => activity.CorrectAsync(signUp.Id, record.StartsAt, record.StartsAt.AddHours(1), " ", Scenario.Manager), ErrorCodes.Required);
        await AssertRefusedAsync(() => activity.CorrectAsync(signUp.Id, record.StartsAt.AddHours(2), record.StartsAt.AddHours(1), "离开早", Scenario.Manager), ErrorCodes.EndsBeforeStart);
        var corrected = await activity.CorrectAsync(signUp.Id, record.StartsAt.AddMinutes(30), record.StartsAt.AddHours(2), "中途离开，现场负责人核实", Scenario.Manager);

        Assert.Equal(1.5m, corrected.Hours);
        var correction = Assert.Single(corrected.Corrections);
        Assert.Equal((3.0m, 1.5m, "中途离开，现场负责人核实"), (correction.HoursBefore, correction.Hours, correction.Reason));
        Assert.Equal(1.5m, (await volunteer.GetAsync()).ConfirmedHours);
        Assert.Equal(1.5m, Assert.Single(await fixture.Grains.Index<VolunteerSignUpRow>(volunteer.GetPrimaryKey()).ListAsync()).Hours);
    }

    [Fact]
    public async Task ACertificateKeepsItsHoursUnderItsCodeAndAVolunteerWithoutHoursGetsNone()
    {
        var community = await VolunteerScenario.CommunityAsync(fixture);
        var (volunteer, account) = await VolunteerScenario.VolunteerAsync(fixture, community);
        await AssertRefusedAsync(() => volunteer.IssueCertificateAsync(null, "Asia/Shanghai", account), ErrorCodes.VolunteerNoHours);
        var startsAt = fixture.Time.GetUtcNow();
        await volunteer.RecordServiceAsync(new ConfirmedService(Guid.NewGuid(), "敬老", "幸福社区", startsAt, 2.5m, startsAt));
        await volunteer.RecordServiceAsync(new ConfirmedService(Guid.NewGuid(), "助残", "幸福社区", startsAt.AddYears(-1), 4m, startsAt));

        var thisYear = await volunteer.IssueCertificateAsync(VenueYear(startsAt), "Asia/Shanghai", account);
        var allYears = await volunteer.IssueCertificateAsync(null, "Asia/Shanghai", account);

        Assert.Equal((2.5m, 1), (thisYear.Hours, thisYear.Activities));
        Assert.Equal((6.5m, 2), (allYears.Hours, allYears.Activities));
        Assert.Equal(allYears, await fixture.Grains.GetGrain<IVolunteerCertificateGrain>(allYears.VerificationCode).GetAsync());
        Assert.Equal(allYears.VerificationCode, CertificateCodes.Normalize(allYears.VerificationCode));
        Assert.Equal([thisYear.VerificationCode, allYears.VerificationCode], (await volunteer.GetAsync()).CertificateCodes);
    }

    [Fact]
    public async Task AnAccountRegistersOneVolunteerOnly()
    {
        var community = await VolunteerScenario.CommunityAsync(fixture);
        var (volunteer, account) = await VolunteerScenario.VolunteerAsync(fixture, community);
        var profile = new VolunteerProfile("李四", "13912345678", community, [], null);

        await AssertRefusedAsync(() => fixture.Grains.GetGrain<IVolunteerGrain>(Guid.NewGuid()).RegisterAsync(profile, null, account), ErrorCodes.VolunteerAccountTaken);
        await AssertRefusedAsync(() => volunteer.RegisterAsync(profile, null, account), ErrorCodes.VolunteerAlreadyRegistered);
        Assert.Equal(volunteer.GetPrimaryKey(), await fixture.Grains.GetGrain<IVolunteerAccountGrain>(account.UserId).GetHolderAsync());
    }

    private static int VenueYear(DateTimeOffset at) => Incubator.Venues.VenueTime.ToLocal(at, "Asia/Shanghai").Year;

    private static (SignUpStatus, int?) Shape(ActivitySignUp? signUp) => (signUp!.Status, signUp.WaitlistPosition);

    private async Task AssertRefusedAsync(Func<Task> action, string code, TimeSpan? after = null)
    {
        if (after is { } wait)
        {
            fixture.Time.Advance(wait);
        }

        var refused = await Assert.ThrowsAsync<DomainException>(action);
        // A 400 carries its reasons per field; the others carry one code.
        Assert.Equal(code, refused.Errors.Count > 0 ? Assert.Single(refused.Errors).Code : refused.Code);
    }
}
