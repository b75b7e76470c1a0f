using Incubator.Bookings;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Inbox;
using Incubator.Indexes;
using Incubator.Organizations;
using Incubator.Timeline;

namespace Incubator.Venues;

/// <summary>
/// One space (场地) and its bookings: the consistency boundary for its slots. Orleans runs one call at a time here, so a slot
/// is checked and taken in one step and simultaneous requests for it queue up; all but the first find it taken.
/// </summary>
public sealed class SpaceGrain(
    [PersistentState("space", StorageNames.Incubator)] IPersistentState<SpaceState> state,
    IBookingJobs jobs,
    TimelineWriter timeline,
    InboxReadModel inbox,
    DomainClock clock) : Grain, ISpaceGrain
{
    private Guid Id => this.GetPrimaryKey();

    private SpaceRecord Space => state.State.Space ?? throw DomainException.NoSuch("spaceId", "space", Id);

    public async Task<SpaceRecord> CreateAsync(DefineSpace definition, Actor actor)
    {
        if (state.State.Space is not null)
        {
            throw DomainException.Conflict("id", ErrorCodes.AlreadyExists, ErrorArg.Noun("thing", "space"), ErrorArg.Text("id", Id));
        }

        ThrowIfInvalid(definition);
        var geography = await GrainFactory.GeographyAsync();
        var incubator = geography.FindIncubator(definition.IncubatorId)
            ?? throw DomainException.NoSuch("incubatorId", "incubator", definition.IncubatorId);
        state.State.Space = Apply(
            new SpaceRecord(Id, incubator.Id, incubator.Name, incubator.Tier, incubator.DistrictId, default, "", 0, [], [], false, false, 0, "", clock.UtcNow, actor.DisplayName),
            definition.Normalized());
        await SaveSpaceAsync();
        return Space;
    }

    public async Task<SpaceRecord> UpdateAsync(DefineSpace definition, Actor actor)
    {
        var space = Space;
        ThrowIfInvalid(definition);
        if (definition.IncubatorId != space.IncubatorId)
        {
            throw DomainException.Invalid("incubatorId", ErrorCodes.SpaceStaysWithIncubator);
        }

        state.State.Space = Apply(space, definition.Normalized());
        await SaveSpaceAsync();
        return Space;
    }

    public Task<SpaceRecord?> GetAsync() => Task.FromResult(state.State.Space);

    public async Task<BookingRecord> RequestBookingAsync(RequestBooking request, Actor actor)
    {
        var space = Space;
        DomainException.ThrowIfInvalid(request.Validate());

        var now = clock.UtcNow;
        var slots = BookingRules.Expand(request, space, now);
        var organization = await GrainFactory.GetGrain<IOrganizationGrain>(request.OrganizationId).GetAsync()
            ?? throw DomainException.NoSuch("organizationId", "organization", request.OrganizationId);
        var geography = await GrainFactory.GeographyAsync();
        if (geography.FindIncubator(organization.IncubatorId) is not { } home || !space.IsBookableFrom(home))
        {
            throw DomainException.Invalid("spaceId", ErrorCodes.SpaceNotReachable, ErrorArg.Text("space", space.Name), ErrorArg.Text("organization", organization.Name));
        }

        // No await between this check and the write below lets another request in: the grain is not reentrant.
        ThrowIfAnyTaken(slots);

        var booking = new BookingState
        {
            Id = Guid.NewGuid(),
            OrganizationId = organization.Id,
            OrganizationName = organization.Name,
            Purpose = request.Purpose.Trim(),
            Recurring = request.Weekly is not null,
            Status = BookingStatus.Pending,
            RequestedAt = now,
            RequestedBy = actor.DisplayName,
            Occurrences = slots.Select((s, i) => new OccurrenceState { Index = i, Start = s.Start, End = s.End, Status = OccurrenceStatus.Scheduled }).ToList(),
        };
        state.State.Bookings.Add(booking);
        if (space.AutoApprove)
        {
            Approve(booking, "Approved automatically by the space's rule", Actor.System);
        }

        await SaveBookingAsync(booking);
        if (booking.Status == BookingStatus.Pending)
        {
            await inbox.OpenAsync(new InboxItem(InboxKey(booking.Id), space.IncubatorId, InboxAudience.Manager, InboxKind.BookingRequest,
                organization.Id, organization.Name, booking.Occurrences[0].Start, now));
        }

        await Timeline(booking, TimelineAction.BookingRequested, actor,
        [
            TimelineArgument.Text(TimelineArgs.Purpose, booking.Purpose),
            TimelineArgument.Text(TimelineArgs.Slot, BookingRules.Describe(Slot(booking.Occurrences[0]), space.TimeZoneId)),
            .. booking.Occurrences.Count == 1
                ? Array.Empty<TimelineArgument>()
                : [TimelineArgument.Number(TimelineArgs.Count, booking.Occurrences.Count), TimelineArgument.Text(TimelineArgs.Variant, "weekly")],
        ]);
        if (space.AutoApprove)
        {
            await Timeline(booking, TimelineAction.BookingApproved, Actor.System, TimelineArgument.Text(TimelineArgs.Variant, "auto"));
        }

        return ToRecord(booking);
    }

    public async Task<BookingRecord> BookForTrainingAsync(TrainingBooking training, Actor actor)
    {
        var space = Space;
        if (training.Slot.End <= training.Slot.Start)
        {
            throw DomainException.Invalid("endsAt", ErrorCodes.EndsBeforeStart);
        }

        var geography = await GrainFactory.GeographyAsync();
        var incubator = geography.FindIncubator(training.IncubatorId)
            ?? throw DomainException.NoSuch("incubatorId", "incubator", training.IncubatorId);
        if (!space.IsBookableFrom(incubator))
        {
            throw DomainException.Invalid("spaceId", ErrorCodes.SpaceNotReachableForIncubator, ErrorArg.Text("space", space.Name), ErrorArg.Text("incubator", incubator.Name));
        }

        var now = clock.UtcNow;
        var slots = BookingRules.Expand(new RequestBooking(Guid.Empty, training.CourseTitle, training.Slot, null), space, now);
        ThrowIfAnyTaken(slots);
        var booking = new BookingState
        {
            Id = Guid.NewGuid(),
            OrganizationName = training.CourseTitle,
            Purpose = training.CourseTitle,
            Status = BookingStatus.Approved,
            RequestedAt = now,
            RequestedBy = actor.DisplayName,
            DecidedAt = now,
            DecidedBy = actor.DisplayName,
            TrainingSessionId = training.SessionId,
            Occurrences = slots.Select((s, i) => new OccurrenceState { Index = i, Start = s.Start, End = s.End, Status = OccurrenceStatus.Scheduled }).ToList(),
        };
        state.State.Bookings.Add(booking);
        await SaveBookingAsync(booking);
        return ToRecord(booking);
    }

    public async Task<BookingRecord> DecideBookingAsync(Guid bookingId, bool approve, string reason, Actor actor)
    {
        var booking = Require(bookingId);
        if (booking.Status != BookingStatus.Pending)
        {
            throw DomainException.Conflict("status", ErrorCodes.BookingNotPending, ErrorArg.Label("status", booking.Status));
        }

        reason = reason?.Trim() ?? "";
        if (!approve && reason.Length == 0)
        {
            throw DomainException.Invalid(FieldError.Required("reason"));
        }

        if (reason.Length > RequestBooking.MaxPurposeLength * 5)
        {
            throw DomainException.Invalid(FieldError.TooLong("reason", RequestBooking.MaxPurposeLength * 5));
        }

        if (approve)
        {
            Approve(booking, reason, actor);
        }
        else
        {
            booking.Status = BookingStatus.Declined;
            booking.DecisionReason = reason;
            booking.DecidedAt = clock.UtcNow;
            booking.DecidedBy = actor.DisplayName;
        }

        await SaveBookingAsync(booking);
        await inbox.CloseAsync([InboxKey(booking.Id)], clock.UtcNow);
        await Timeline(booking, approve ? TimelineAction.BookingApproved : TimelineAction.BookingDeclined, actor, TimelineArgument.Text(TimelineArgs.Reason, reason));
        return ToRecord(booking);
    }

    public async Task<BookingRecord> CancelAsync(Guid bookingId, int occurrenceIndex, bool restOfSeries, Actor actor)
    {
        var booking = Require(bookingId);
        var occurrence = RequireOccurrence(booking, occurrenceIndex,
            booking.Status != BookingStatus.Declined, ErrorCodes.OccurrenceNotCancellable);

        var now = clock.UtcNow;
        if (occurrence.End <= now)
        {
            throw DomainException.Conflict("occurrenceIndex", ErrorCodes.OccurrenceOver);
        }

        var cancelled = booking.Occurrences
            .Where(o => o.Index == occurrenceIndex || (restOfSeries && o.Index > occurrenceIndex && o.Status == OccurrenceStatus.Scheduled))
            .ToArray();
        foreach (var each in cancelled)
        {
            each.Status = OccurrenceStatus.Cancelled;
            each.FreedAt = now;
            CancelReleaseJob(each);
        }

        // A request cancelled in full leaves the approval queue: there is nothing left to approve.
        if (booking.Status == BookingStatus.Pending && booking.Occurrences.All(o => o.Status == OccurrenceStatus.Cancelled))
        {
            booking.Status = BookingStatus.Cancelled;
        }

        await SaveBookingAsync(booking);
        if (booking.Occurrences.All(o => o.Status == OccurrenceStatus.Cancelled))
        {
            // Nothing left to decide: the request leaves the manager's inbox.
            await inbox.CloseAsync([InboxKey(booking.Id)], now);
        }

        await Timeline(booking, TimelineAction.BookingCancelled, actor,
        [
            TimelineArgument.Text(TimelineArgs.Slot, BookingRules.Describe(Slot(occurrence), Space.TimeZoneId)),
            .. cancelled.Length == 1
                ? Array.Empty<TimelineArgument>()
                : [TimelineArgument.Number(TimelineArgs.Count, cancelled.Length), TimelineArgument.Text(TimelineArgs.Variant, "series")],
        ]);
        return ToRecord(booking);
    }

    public async Task<BookingRecord> CheckInAsync(Guid bookingId, int occurrenceIndex, Actor actor)
    {
        var booking = Require(bookingId);
        var occurrence = RequireOccurrence(booking, occurrenceIndex,
            booking.Status == BookingStatus.Approved, ErrorCodes.OccurrenceNoCheckIn);

        var now = clock.UtcNow;
        var opensAt = occurrence.Start.AddMinutes(-Space.CheckInGraceMinutes);
        if (now < opensAt || now >= occurrence.End)
        {
            throw DomainException.Conflict(
                "occurrenceIndex", ErrorCodes.OccurrenceCheckInWindow, ErrorArg.Time("opensAt", VenueTime.ToLocal(opensAt, Space.TimeZoneId)));
        }

        occurrence.Status = OccurrenceStatus.CheckedIn;
        occurrence.CheckedInAt = now;
        occurrence.CheckedInBy = actor.DisplayName;
        CancelReleaseJob(occurrence);
        await SaveBookingAsync(booking);
        await Timeline(booking, TimelineAction.CheckedIn, actor, TimelineArgument.Text(TimelineArgs.Slot, BookingRules.Describe(Slot(occurrence), Space.TimeZoneId)));
        return ToRecord(booking);
    }

    public async Task ReleaseNoShowAsync(Guid bookingId, int occurrenceIndex)
    {
        // A rerun, a cancelled or checked-in occurrence, or a job that fired early: nothing to release.
        if (state.State.Space is null
            || state.State.Bookings.FirstOrDefault(b => b.Id == bookingId) is not { Status: BookingStatus.Approved } booking
            || booking.Occurrences.FirstOrDefault(o => o.Index == occurrenceIndex) is not { Status: OccurrenceStatus.Scheduled, ReleaseAt: { } releaseAt } occurrence
            || clock.UtcNow < releaseAt)
        {
            return;
        }

        occurrence.Status = OccurrenceStatus.Released;
        occurrence.FreedAt = clock.UtcNow;
        occurrence.ReleaseJobId = null;
        await SaveBookingAsync(booking);
        await Timeline(booking, TimelineAction.NoShowReleased, Actor.System,
            TimelineArgument.Number(TimelineArgs.Minutes, (int)Math.Round(releaseAt.Subtract(occurrence.Start).TotalMinutes)),
            TimelineArgument.Text(TimelineArgs.Slot, BookingRules.Describe(Slot(occurrence), Space.TimeZoneId)));
    }

    public Task<BookingRecord> GetBookingAsync(Guid bookingId) => Task.FromResult(ToRecord(Require(bookingId)));

    public Task<IReadOnlyList<BookingRecord>> GetBookingsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        _ = Space;
        var window = new Slot(from, to);
        return Task.FromResult<IReadOnlyList<BookingRecord>>(state.State.Bookings
            .Where(b => b.Occurrences.Any(o => window.Overlaps(Slot(o))))
            .Select(ToRecord)
            .ToArray());
    }

    public Task<IReadOnlyList<BookingRecord>> GetPendingBookingsAsync()
    {
        _ = Space;
        return Task.FromResult<IReadOnlyList<BookingRecord>>(state.State.Bookings
            .Where(b => b.Status == BookingStatus.Pending)
            .OrderBy(b => b.RequestedAt)
            .Select(ToRecord)
            .ToArray());
    }

    public Task<SpaceUsage> GetUsageAsync(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            throw DomainException.Invalid("to", ErrorCodes.EndsBeforeStart);
        }

        return Task.FromResult(UsageCalculator.Calculate(Space, state.State.Bookings.Select(ToRecord).ToArray(), from, to, clock.UtcNow));
    }

    /// <summary>Refuses with a conflict naming the first taken slot; the one clash check for every kind of booking.</summary>
    private void ThrowIfAnyTaken(IReadOnlyList<Slot> slots)
    {
        foreach (var slot in slots)
        {
            if (FindClash(slot) is { } taken)
            {
                throw DomainException.Conflict("slot", ErrorCodes.BookingSlotTaken, ErrorArg.Text("space", Space.Name), ErrorArg.Text("slot", BookingRules.Describe(taken, Space.TimeZoneId)));
            }
        }
    }

    /// <summary>The first slot of a booking that still holds its time (pending or approved, not cancelled or released) overlapping <paramref name="slot"/>.</summary>
    private Slot? FindClash(Slot slot) =>
        state.State.Bookings
            .Where(b => b.Status != BookingStatus.Declined)
            .SelectMany(b => b.Occurrences)
            .Where(o => o.Status is OccurrenceStatus.Scheduled or OccurrenceStatus.CheckedIn)
            .Select(Slot)
            .Where(s => s.Overlaps(slot))
            .Cast<Slot?>()
            .FirstOrDefault();

    /// <summary>Approves and schedules a no-show release at start + grace for every occurrence still ahead.</summary>
    private void Approve(BookingState booking, string reason, Actor actor)
    {
        booking.Status = BookingStatus.Approved;
        booking.DecisionReason = reason.Length > 0 ? reason : null;
        booking.DecidedAt = clock.UtcNow;
        booking.DecidedBy = actor.DisplayName;
        foreach (var occurrence in booking.Occurrences.Where(o => o.Status == OccurrenceStatus.Scheduled))
        {
            occurrence.ReleaseAt = occurrence.Start.AddMinutes(Space.CheckInGraceMinutes);
            occurrence.ReleaseJobId = jobs.ScheduleNoShowRelease(Id, booking.Id, occurrence.Index, occurrence.ReleaseAt.Value);
        }
    }

    private static string InboxKey(Guid bookingId) => $"{InboxKind.BookingRequest}:{bookingId:N}";

    private void CancelReleaseJob(OccurrenceState occurrence)
    {
        if (occurrence.ReleaseJobId is { } jobId)
        {
            jobs.Cancel(jobId);
            occurrence.ReleaseJobId = null;
        }
    }

    private static void ThrowIfInvalid(DefineSpace definition)
    {
        DomainException.ThrowIfInvalid(definition.Validate());
    }

    private static SpaceRecord Apply(SpaceRecord space, DefineSpace d) => space with
    {
        Kind = d.Kind,
        Name = d.Name,
        Capacity = d.Capacity,
        OpeningHours = d.OpeningHours,
        Equipment = d.Equipment,
        SharedWithDistrict = d.SharedWithDistrict,
        AutoApprove = d.AutoApprove,
        CheckInGraceMinutes = d.CheckInGraceMinutes,
        TimeZoneId = d.TimeZoneId,
    };

    private BookingState Require(Guid bookingId)
    {
        _ = Space;
        return state.State.Bookings.FirstOrDefault(b => b.Id == bookingId)
            ?? throw DomainException.NoSuch("bookingId", "booking", bookingId);
    }

    private static OccurrenceState RequireOccurrence(BookingState booking, int index) =>
        booking.Occurrences.FirstOrDefault(o => o.Index == index)
        ?? throw DomainException.NoSuch("occurrenceIndex", "occurrence", index);

    /// <summary>A still scheduled occurrence of a booking whose status allows the step; otherwise a conflict naming both statuses.</summary>
    private static OccurrenceState RequireOccurrence(BookingState booking, int index, bool bookingAllows, string refusal)
    {
        var occurrence = RequireOccurrence(booking, index);
        if (!bookingAllows || occurrence.Status != OccurrenceStatus.Scheduled)
        {
            throw DomainException.Conflict(
                "status",
                refusal,
                ErrorArg.Text("index", index),
                ErrorArg.Label("status", occurrence.Status),
                ErrorArg.Label("bookingStatus", booking.Status));
        }

        return occurrence;
    }

    private static Slot Slot(OccurrenceState o) => new(o.Start, o.End);

    /// <summary>Writes the state, then the space's row in its incubator's list.</summary>
    private async Task SaveSpaceAsync()
    {
        await state.WriteStateAsync();
        await GrainFactory.Index<SpaceRecord>(Space.IncubatorId).UpsertAsync(Space);
    }

    /// <summary>Writes the state, then the organization's copy, so its list never shows what the space did not keep.</summary>
    private async Task SaveBookingAsync(BookingState booking)
    {
        await state.WriteStateAsync();
        if (booking.OrganizationId != Guid.Empty)
        {
            await GrainFactory.Index<BookingRecord>(booking.OrganizationId).UpsertAsync(ToRecord(booking));
        }
    }

    /// <summary>Every booking entry names its space; slots are in the venue's time ("yyyy-MM-dd HH:mm–HH:mm").</summary>
    private Task Timeline(BookingState booking, TimelineAction action, Actor actor, params TimelineArgument[] arguments) =>
        booking.OrganizationId == Guid.Empty
            ? Task.CompletedTask // a training session's booking: no organization's timeline to write on
            : timeline.AppendAsync(booking.OrganizationId, action, actor, [TimelineArgument.Text(TimelineArgs.Space, Space.Name), .. arguments]);

    private BookingRecord ToRecord(BookingState b) => new(
        b.Id, Id, Space.Name, Space.IncubatorId, b.OrganizationId, b.OrganizationName, b.Purpose, b.Recurring, b.Status, b.DecisionReason,
        b.RequestedAt, b.RequestedBy, b.DecidedAt, b.DecidedBy, Space.TimeZoneId,
        b.Occurrences.Select(o => new BookingOccurrence(o.Index, o.Start, o.End, o.Status, o.CheckedInAt, o.CheckedInBy, o.FreedAt)).ToArray());
}
