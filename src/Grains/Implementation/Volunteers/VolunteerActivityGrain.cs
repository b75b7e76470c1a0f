using System.Globalization;
using System.Security.Cryptography;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Indexes;
using Incubator.Venues;

namespace Incubator.Volunteers;

/// <summary>
/// One volunteer activity. Orleans runs one call at a time here, so counting a role's places and taking one is atomic: of
/// simultaneous sign-ups the first Headcount get places and the rest wait in the order they arrived (<see cref="SeatQueue{TEntry}"/>,
/// the training sessions' rule). Calls go one way: it refreshes the index grains and the volunteer's record, which never call back.
/// </summary>
public sealed class VolunteerActivityGrain(
    [PersistentState("volunteerActivity", StorageNames.Incubator)] IPersistentState<VolunteerActivityState> state,
    DomainClock clock) : Grain, IVolunteerActivityGrain
{
    private const int MaxReasonLength = 200;

    private static readonly SeatQueue<SignUpState> Seats = new(
        s => s.Status == SignUpStatus.Seated, s => s.Status == SignUpStatus.Waitlisted ? s.WaitlistNumber : null);

    private Guid Id => this.GetPrimaryKey();

    private VolunteerActivityState S => state.State;

    private PublishActivity A => S.Activity ?? throw DomainException.NoSuch("id", "volunteerActivity", Id);

    public async Task<ActivityRecord> PublishAsync(PublishActivity command, Actor actor)
    {
        if (S.Activity is not null)
        {
            throw DomainException.Conflict("id", ErrorCodes.AlreadyExists, ErrorArg.Noun("thing", "volunteerActivity"), ErrorArg.Text("id", Id));
        }

        DomainException.ThrowIfInvalid(command.Validate());
        S.Activity = command.Normalized();
        S.CodeSecret = RandomNumberGenerator.GetBytes(32);
        S.TimeZoneId = (await GrainFactory.GeographyAsync()).TimeZoneOf(command.AreaId);
        S.PublishedAt = clock.UtcNow;
        S.PublishedBy = actor.DisplayName;
        await state.WriteStateAsync();
        await RefreshListingAsync();
        return Record();
    }

    public Task<ActivityRecord?> GetAsync() => Task.FromResult(S.Activity is null ? null : Record());

    public Task<IReadOnlyList<ActivitySignUp>> GetSignUpsAsync()
    {
        _ = A;
        IReadOnlyList<ActivitySignUp> ordered = S.SignUps
            .OrderBy(s => s.Status)
            .ThenBy(s => s.WaitlistNumber ?? 0)
            .ThenBy(s => s.SignedUpAt)
            .Select(ToSignUp)
            .ToArray();
        return Task.FromResult(ordered);
    }

    public Task<ActivitySignUp?> SignUpOfAsync(Guid volunteerId)
    {
        _ = A;
        return Task.FromResult(Active(volunteerId) is { } signUp ? ToSignUp(signUp) : null);
    }

    public async Task<ActivitySignUp> SignUpAsync(Guid volunteerId, string volunteerName, string mobileNumber, string role, Actor actor)
    {
        var activity = A;
        var roleName = activity.Roles.FirstOrDefault(r => r.Name == role?.Trim())
            ?? throw DomainException.Invalid(FieldError.UnknownValue("role"));
        if (clock.UtcNow >= activity.StartsAt)
        {
            throw DomainException.Conflict("id", ErrorCodes.ActivityStarted, ErrorArg.Text("startsAt", Shown(activity.StartsAt)));
        }

        if (Active(volunteerId) is not null)
        {
            throw DomainException.Conflict("id", ErrorCodes.ActivityAlreadySignedUp, ErrorArg.Text("title", activity.Title));
        }

        var signUp = new SignUpState
        {
            Id = Guid.NewGuid(),
            VolunteerId = volunteerId,
            VolunteerName = volunteerName,
            MobileNumber = mobileNumber,
            Role = roleName.Name,
            SignedUpAt = clock.UtcNow,
        };
        if (Seats.HasFreeSeat(InRole(roleName.Name), roleName.Headcount))
        {
            signUp.Status = SignUpStatus.Seated;
        }
        else
        {
            signUp.Status = SignUpStatus.Waitlisted;
            signUp.WaitlistNumber = S.NextWaitlistNumber++;
        }

        S.SignUps.Add(signUp);
        await state.WriteStateAsync();
        await RefreshAsync([signUp]);
        return ToSignUp(signUp);
    }

    public async Task<ActivitySignUp> CancelAsync(Guid volunteerId, Actor actor)
    {
        var activity = A;
        var signUp = Active(volunteerId) ?? throw DomainException.NoSuch("id", "signUp", volunteerId);
        if (clock.UtcNow >= activity.StartsAt)
        {
            throw DomainException.Conflict("id", ErrorCodes.ActivityStarted, ErrorArg.Text("startsAt", Shown(activity.StartsAt)));
        }

        var freedSeat = signUp.Status == SignUpStatus.Seated;
        signUp.Status = SignUpStatus.Cancelled;
        signUp.WaitlistNumber = null;
        var headcount = activity.Roles.First(r => r.Name == signUp.Role).Headcount;
        var promoted = freedSeat
            ? Seats.Promote(InRole(signUp.Role), headcount, next =>
            {
                next.Status = SignUpStatus.Seated;
                next.WaitlistNumber = null;
            })
            : [];
        await state.WriteStateAsync();
        // Everyone still waiting for the role moved up a place.
        await RefreshAsync(InRole(signUp.Role).Where(s => s.Status != SignUpStatus.Cancelled).Append(signUp).Concat(promoted).Distinct().ToArray());
        return ToSignUp(signUp);
    }

    public Task<CheckInCode> CurrentCodeAsync()
    {
        _ = A;
        var window = CheckInCodes.WindowOf(clock.UtcNow);
        return Task.FromResult(new CheckInCode(CheckInCodes.Derive(S.CodeSecret, Id, window), CheckInCodes.WindowEnd(window)));
    }

    public async Task<ActivitySignUp> CheckInAsync(Guid volunteerId, string code)
    {
        var activity = A;
        var signUp = Seated(volunteerId);
        var now = clock.UtcNow;
        if (!ServiceHours.CheckInOpen(now, activity.StartsAt, activity.EndsAt))
        {
            throw DomainException.Conflict("code", ErrorCodes.ActivityCheckInClosed,
                ErrorArg.Text("opens", Shown(activity.StartsAt - ServiceHours.Margin)), ErrorArg.Text("closes", Shown(activity.EndsAt)));
        }

        RequireCode(code, now);
        if (signUp.CheckedInAt is not null)
        {
            throw DomainException.Conflict("code", ErrorCodes.ActivityAlreadyCheckedIn, ErrorArg.Text("at", Shown(signUp.CheckedInAt.Value)));
        }

        signUp.CheckedInAt = now;
        await state.WriteStateAsync();
        await RefreshAsync([signUp]);
        return ToSignUp(signUp);
    }

    public async Task<ActivitySignUp> CheckOutAsync(Guid volunteerId, string code)
    {
        var activity = A;
        var signUp = Seated(volunteerId);
        var now = clock.UtcNow;
        if (!ServiceHours.CheckOutOpen(now, activity.StartsAt, activity.EndsAt))
        {
            throw DomainException.Conflict("code", ErrorCodes.ActivityCheckInClosed,
                ErrorArg.Text("opens", Shown(activity.StartsAt - ServiceHours.Margin)), ErrorArg.Text("closes", Shown(activity.EndsAt + ServiceHours.Margin)));
        }

        RequireCode(code, now);
        if (signUp.CheckedInAt is not { } checkedIn)
        {
            throw DomainException.Conflict("code", ErrorCodes.ActivityNotCheckedIn);
        }

        if (signUp.CheckedOutAt is not null)
        {
            throw DomainException.Conflict("code", ErrorCodes.ActivityAlreadyCheckedOut, ErrorArg.Text("at", Shown(signUp.CheckedOutAt.Value)));
        }

        signUp.CheckedOutAt = now;
        signUp.Hours = ServiceHours.Between(checkedIn, now, activity.StartsAt, activity.EndsAt);
        await state.WriteStateAsync();
        await RefreshAsync([signUp]);
        return ToSignUp(signUp);
    }

    public async Task<ActivitySignUp> CorrectAsync(Guid signUpId, DateTimeOffset checkedInAt, DateTimeOffset checkedOutAt, string reason, Actor actor)
    {
        var activity = A;
        var signUp = Require(signUpId);
        var errors = new List<FieldError>();
        if (FieldError.Text("reason", reason, MaxReasonLength) is { } badReason)
        {
            errors.Add(badReason);
        }

        var earliest = activity.StartsAt - ServiceHours.Margin;
        var latest = activity.EndsAt + ServiceHours.Margin;
        if (checkedInAt < earliest || checkedInAt > latest)
        {
            errors.Add(FieldError.OutOfRange("checkedInAt", Shown(earliest), Shown(latest)));
        }

        if (checkedOutAt <= checkedInAt)
        {
            errors.Add(new("checkedOutAt", ErrorCodes.EndsBeforeStart));
        }
        else if (checkedOutAt > latest)
        {
            errors.Add(FieldError.OutOfRange("checkedOutAt", Shown(earliest), Shown(latest)));
        }

        DomainException.ThrowIfInvalid(errors);
        if (signUp.Status != SignUpStatus.Seated)
        {
            throw DomainException.Conflict("signUpId", ErrorCodes.ActivityNotSeated);
        }

        var hours = ServiceHours.Between(checkedInAt, checkedOutAt, activity.StartsAt, activity.EndsAt);
        signUp.Corrections.Add(new HoursCorrection(signUp.CheckedInAt, signUp.CheckedOutAt, checkedInAt, checkedOutAt, signUp.Hours, hours,
            reason.Trim(), clock.UtcNow, actor.DisplayName));
        signUp.CheckedInAt = checkedInAt;
        signUp.CheckedOutAt = checkedOutAt;
        signUp.Hours = hours;
        await state.WriteStateAsync();
        if (signUp.ConfirmedAt is not null)
        {
            await RecordOnVolunteerAsync(signUp);
        }

        await RefreshAsync([signUp]);
        return ToSignUp(signUp);
    }

    public async Task<ActivitySignUp> ConfirmAsync(Guid signUpId, Actor actor)
    {
        _ = A;
        var signUp = Require(signUpId);
        if (signUp.ConfirmedAt is not null)
        {
            return ToSignUp(signUp);
        }

        if (signUp.Status != SignUpStatus.Seated)
        {
            throw DomainException.Conflict("signUpId", ErrorCodes.ActivityNotSeated);
        }

        if (signUp.Hours is null)
        {
            throw DomainException.Conflict("signUpId", ErrorCodes.ActivityNotCheckedOut);
        }

        signUp.ConfirmedAt = clock.UtcNow;
        signUp.ConfirmedBy = actor.DisplayName;
        await state.WriteStateAsync();
        await RecordOnVolunteerAsync(signUp);
        await RefreshAsync([signUp]);
        return ToSignUp(signUp);
    }

    /// <summary>A time in a message, in the activity's area's zone.</summary>
    private string Shown(DateTimeOffset at) => VenueTime.ToLocal(at, S.TimeZoneId).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private void RequireCode(string code, DateTimeOffset now)
    {
        if (!CheckInCodes.Accepts(S.CodeSecret, Id, now, code))
        {
            throw DomainException.Invalid("code", ErrorCodes.ActivityCodeWrong);
        }
    }

    private Task RecordOnVolunteerAsync(SignUpState signUp) =>
        GrainFactory.GetGrain<IVolunteerGrain>(signUp.VolunteerId).RecordServiceAsync(
            new ConfirmedService(Id, A.Title, A.OrganizerName, A.StartsAt, signUp.Hours ?? 0m, signUp.ConfirmedAt!.Value));

    private SignUpState? Active(Guid volunteerId) =>
        S.SignUps.FirstOrDefault(s => s.VolunteerId == volunteerId && s.Status != SignUpStatus.Cancelled);

    private SignUpState Seated(Guid volunteerId)
    {
        var signUp = Active(volunteerId) ?? throw DomainException.NoSuch("id", "signUp", volunteerId);
        return signUp.Status == SignUpStatus.Seated ? signUp : throw DomainException.Conflict("id", ErrorCodes.ActivityNotSeated);
    }

    private SignUpState Require(Guid signUpId) =>
        S.SignUps.FirstOrDefault(s => s.Id == signUpId) ?? throw DomainException.NoSuch("signUpId", "signUp", signUpId);

    private List<SignUpState> InRole(string role) => S.SignUps.Where(s => s.Role == role).ToList();

    private ActivityRecord Record()
    {
        var a = A;
        var roles = a.Roles.Select(r =>
        {
            var entries = InRole(r.Name);
            return new RoleSeats(r.Name, r.Headcount, Seats.Taken(entries), Seats.WaitlistCount(entries));
        }).ToArray();
        return new ActivityRecord(Id, a.OrganizerKind, a.OrganizerId, a.OrganizerName, a.AreaId, a.Title, a.Place, a.StartsAt, a.EndsAt,
            roles, a.TargetGroup, a.StationProjectId, a.EngagementId, S.PublishedAt, S.PublishedBy);
    }

    private ActivitySignUp ToSignUp(SignUpState s) => new(
        s.Id, Id, s.VolunteerId, s.VolunteerName, s.MobileNumber, s.Role, s.Status, Seats.WaitlistPosition(InRole(s.Role), s),
        s.SignedUpAt, s.CheckedInAt, s.CheckedOutAt, s.Hours, s.ConfirmedAt, s.ConfirmedBy, s.Corrections.ToArray());

    // The copies follow the state (written first), as the training record follows a session.
    private async Task RefreshAsync(IReadOnlyList<SignUpState> changed)
    {
        foreach (var signUp in changed)
        {
            var row = ToSignUp(signUp);
            await GrainFactory.Index<VolunteerSignUpRow>(signUp.VolunteerId).UpsertAsync(new VolunteerSignUpRow(
                Id, A.Title, A.OrganizerName, A.Place, A.StartsAt, A.EndsAt, row.Role, row.Status, row.WaitlistPosition,
                row.CheckedInAt, row.CheckedOutAt, row.Hours, row.ConfirmedAt is not null));
        }

        await RefreshListingAsync();
    }

    private async Task RefreshListingAsync()
    {
        var record = Record();
        var listing = new ActivityListing(Id, record.Title, record.OrganizerKind, record.OrganizerId, record.OrganizerName, record.AreaId,
            record.Place, record.StartsAt, record.EndsAt, record.Roles.Sum(r => r.Headcount), record.Roles.Sum(r => r.Taken), record.Roles.Sum(r => r.Waiting));
        await GrainFactory.Index<ActivityListing>(ActivityListing.OrganizerKey(record.OrganizerKind, record.OrganizerId)).UpsertAsync(listing);
        var geography = await GrainFactory.GeographyAsync();
        if (geography.DistrictOf(record.AreaId) is { } district)
        {
            await GrainFactory.Index<ActivityListing>(ActivityListing.DistrictKey(district.Id)).UpsertAsync(listing);
        }
    }
}
