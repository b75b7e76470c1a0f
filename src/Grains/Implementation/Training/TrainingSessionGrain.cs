using Incubator.Common;
using Incubator.Geography;
using Incubator.Indexes;
using Incubator.Organizations;
using Incubator.Timeline;
using Incubator.Venues;

namespace Incubator.Training;

/// <summary>
/// One training session. Orleans runs one call at a time here, so counting seats and taking one is atomic: of simultaneous
/// enrollments the first Capacity get seats and the rest join the waitlist in the order they arrived.
/// Enrollment is open until the session ends (people come in late), withdrawal until it starts, attendance from its start.
/// </summary>
public sealed class TrainingSessionGrain(
    [PersistentState("trainingSession", StorageNames.Incubator)] IPersistentState<TrainingSessionState> state,
    TimelineWriter timeline,
    DomainClock clock) : Grain, ITrainingSessionGrain
{
    private Guid Id => this.GetPrimaryKey();

    private TrainingSessionState S => state.State;

    public async Task<SessionRecord> ScheduleAsync(SessionPlan plan, Actor actor)
    {
        if (state.RecordExists)
        {
            throw DomainException.Conflict("id", ErrorCodes.AlreadyExists, ErrorArg.Noun("thing", "session"), ErrorArg.Text("id", Id));
        }

        DomainException.ThrowIfInvalid(plan.Schedule.Validate());

        var schedule = plan.Schedule.Normalized();
        S.CourseId = plan.CourseId;
        S.IncubatorId = plan.IncubatorId;
        S.CourseTitle = plan.CourseTitle;
        S.Topic = plan.Topic;
        S.Hours = plan.Hours;
        S.StartsAt = schedule.StartsAt;
        S.EndsAt = schedule.EndsAt;
        S.Venue = schedule.Venue;
        S.Trainer = schedule.Trainer;
        S.Capacity = schedule.Capacity;
        S.SpaceId = schedule.SpaceId;
        S.BookingId = plan.BookingId;
        S.ScheduledAt = clock.UtcNow;
        S.ScheduledBy = actor.DisplayName;
        await state.WriteStateAsync();
        return ToRecord();
    }

    public Task<SessionRecord?> GetAsync() => Task.FromResult(state.RecordExists ? ToRecord() : null);

    public Task<IReadOnlyList<Enrollment>> GetEnrollmentsAsync()
    {
        EnsureScheduled();
        var ordered = S.Enrollments
            .Select((e, index) => (Enrollment: e, Index: index))
            .OrderBy(x => SessionSeats.HoldsSeat(x.Enrollment.Status) ? 0 : x.Enrollment.Status == EnrollmentStatus.Waitlisted ? 1 : 2)
            .ThenBy(x => x.Enrollment.WaitlistNumber ?? 0)
            .ThenBy(x => x.Index)
            .Select(x => ToEnrollment(x.Enrollment))
            .ToArray();
        return Task.FromResult<IReadOnlyList<Enrollment>>(ordered);
    }

    public async Task<Enrollment> EnrollAsync(Enrollee enrollee, Actor actor)
    {
        EnsureScheduled();
        var name = await EnrolleeNameAsync(enrollee);
        if (clock.UtcNow >= S.EndsAt)
        {
            throw DomainException.Conflict("session", ErrorCodes.SessionEnded, ErrorArg.Text("course", S.CourseTitle), await AreaTimeAsync("endedAt", S.EndsAt));
        }

        if (S.Enrollments.Any(e => e.Kind == enrollee.Kind && e.EnrolleeId == enrollee.Id && SessionSeats.IsActive(e.Status)))
        {
            throw DomainException.Conflict("enrollee", ErrorCodes.SessionAlreadyEnrolled, ErrorArg.Text("enrollee", name), ErrorArg.Text("course", S.CourseTitle));
        }

        var enrollment = new EnrollmentState
        {
            Id = Guid.NewGuid(),
            Kind = enrollee.Kind,
            EnrolleeId = enrollee.Id,
            EnrolleeName = name,
            EnrolledAt = clock.UtcNow,
            EnrolledBy = actor.DisplayName,
        };
        if (SessionSeats.Queue.HasFreeSeat(S.Enrollments, S.Capacity))
        {
            enrollment.Status = EnrollmentStatus.Enrolled;
        }
        else
        {
            enrollment.Status = EnrollmentStatus.Waitlisted;
            enrollment.WaitlistNumber = S.NextWaitlistNumber++;
        }

        S.Enrollments.Add(enrollment);
        await state.WriteStateAsync();
        var enrolled = ToEnrollment(enrollment);
        if (enrolled.Status == EnrollmentStatus.Enrolled)
        {
            await TimelineAsync(enrollment, actor, TimelineAction.TrainingEnrolled);
        }
        else
        {
            await TimelineAsync(enrollment, actor, TimelineAction.TrainingWaitlisted,
                TimelineArgument.Number(TimelineArgs.Position, enrolled.WaitlistPosition ?? 0), TimelineArgument.Number(TimelineArgs.Count, S.Capacity));
        }
        return enrolled;
    }

    public async Task<Enrollment> WithdrawAsync(Guid enrollmentId, Actor actor)
    {
        EnsureScheduled();
        var enrollment = Require(enrollmentId);
        if (enrollment.Status is not (EnrollmentStatus.Enrolled or EnrollmentStatus.Waitlisted))
        {
            throw DomainException.Conflict("status", ErrorCodes.EnrollmentNotWithdrawable, ErrorArg.Label("status", enrollment.Status));
        }

        if (clock.UtcNow >= S.StartsAt)
        {
            throw DomainException.Conflict("session", ErrorCodes.SessionStarted, await AreaTimeAsync("startsAt", S.StartsAt));
        }

        var freedSeat = enrollment.Status == EnrollmentStatus.Enrolled;
        enrollment.Status = EnrollmentStatus.Withdrawn;
        enrollment.WaitlistNumber = null;
        var promoted = freedSeat
            ? SessionSeats.Queue.Promote(S.Enrollments, S.Capacity, next =>
            {
                next.Status = EnrollmentStatus.Enrolled;
                next.WaitlistNumber = null;
            })
            : [];

        await state.WriteStateAsync();
        await TimelineAsync(enrollment, actor, TimelineAction.TrainingWithdrawn);
        foreach (var next in promoted)
        {
            await TimelineAsync(next, Actor.System, TimelineAction.TrainingPromoted);
        }

        return ToEnrollment(enrollment);
    }

    public async Task<Enrollment> RecordAttendanceAsync(Guid enrollmentId, bool attended, Actor actor)
    {
        EnsureScheduled();
        var enrollment = Require(enrollmentId);
        if (!SessionSeats.HoldsSeat(enrollment.Status))
        {
            throw DomainException.Conflict("status", ErrorCodes.EnrollmentNotSeated, ErrorArg.Label("status", enrollment.Status));
        }

        if (clock.UtcNow < S.StartsAt)
        {
            throw DomainException.Conflict("session", ErrorCodes.SessionNotStarted, await AreaTimeAsync("startsAt", S.StartsAt));
        }

        enrollment.Status = attended ? EnrollmentStatus.Attended : EnrollmentStatus.Absent;
        enrollment.AttendanceRecordedAt = clock.UtcNow;
        enrollment.AttendanceRecordedBy = actor.DisplayName;
        // A certificate, once issued, keeps its number through corrections.
        enrollment.CertificateNumber ??= attended ? SessionSeats.CertificateNumber(S.StartsAt, enrollment.Id) : null;
        await state.WriteStateAsync();

        var record = GrainFactory.Index<AttendedSession>(TrainingRecordKeys.For(enrollment.Kind, enrollment.EnrolleeId));
        if (attended)
        {
            await record.UpsertAsync(new AttendedSession(
                Id, S.CourseId, S.CourseTitle, S.Topic, S.StartsAt, S.Hours, enrollment.Id, enrollment.CertificateNumber!));
            await TimelineAsync(enrollment, actor, TimelineAction.TrainingAttended,
                TimelineArgument.Number(TimelineArgs.Hours, S.Hours), TimelineArgument.Text(TimelineArgs.CertificateNumber, enrollment.CertificateNumber!));
        }
        else
        {
            await record.RemoveAsync(Id);
            await TimelineAsync(enrollment, actor, TimelineAction.TrainingAbsent);
        }

        return ToEnrollment(enrollment);
    }

    /// <summary>An organization must be filed (its current name is taken); a social worker needs an id.</summary>
    private async Task<string> EnrolleeNameAsync(Enrollee enrollee)
    {
        switch (enrollee.Kind)
        {
            case EnrolleeKind.Organization:
                var organization = Guid.TryParse(enrollee.Id, out var organizationId)
                    ? await GrainFactory.GetGrain<IOrganizationGrain>(organizationId).GetAsync()
                    : null;
                return organization?.Name ?? throw DomainException.NoSuch("organizationId", "organization", enrollee.Id);
            case EnrolleeKind.SocialWorker when !string.IsNullOrWhiteSpace(enrollee.Id):
                return string.IsNullOrWhiteSpace(enrollee.Name) ? enrollee.Id : enrollee.Name.Trim();
            default:
                throw DomainException.Invalid("enrollee", ErrorCodes.EnrolleeKind);
        }
    }

    /// <summary>Every entry names the session (course, start, venue). Social workers are not organizations: their enrollments live only here and in their training record.</summary>
    private async Task TimelineAsync(EnrollmentState enrollment, Actor actor, TimelineAction action, params TimelineArgument[] arguments)
    {
        if (enrollment.Kind == EnrolleeKind.Organization)
        {
            await timeline.AppendAsync(Guid.Parse(enrollment.EnrolleeId), action, actor,
            [
                TimelineArgument.Text(TimelineArgs.Course, S.CourseTitle),
                TimelineArgument.Time(TimelineArgs.StartsAt, S.StartsAt),
                TimelineArgument.Text(TimelineArgs.Venue, S.Venue),
                .. arguments,
            ]);
        }
    }

    private void EnsureScheduled()
    {
        if (!state.RecordExists)
        {
            throw DomainException.NoSuch("id", "session", Id);
        }
    }

    private EnrollmentState Require(Guid enrollmentId) =>
        S.Enrollments.FirstOrDefault(e => e.Id == enrollmentId)
        ?? throw DomainException.NoSuch("enrollmentId", "enrollment", enrollmentId);

    private SessionRecord ToRecord() => new(
        Id, S.CourseId, S.IncubatorId, S.CourseTitle, S.Topic, S.Hours, S.StartsAt, S.EndsAt, S.Venue, S.Trainer, S.Capacity,
        SessionSeats.Taken(S.Enrollments), SessionSeats.WaitlistCount(S.Enrollments), S.ScheduledAt, S.ScheduledBy,
        S.SpaceId, S.BookingId);

    private Enrollment ToEnrollment(EnrollmentState e) => new(
        e.Id, Id, e.Kind, e.EnrolleeId, e.EnrolleeName, e.Status, e.EnrolledAt, e.EnrolledBy, SessionSeats.WaitlistPosition(S.Enrollments, e),
        e.AttendanceRecordedAt, e.AttendanceRecordedBy, e.CertificateNumber);

    /// <summary>A time for a message, in the time zone of the incubator's area (the zone its people read).</summary>
    private async Task<ErrorArg> AreaTimeAsync(string name, DateTimeOffset at) =>
        ErrorArg.Time(name, VenueTime.ToLocal(at, (await GrainFactory.GeographyAsync()).TimeZoneOfIncubator(S.IncubatorId)));
}
