using Incubator.Bookings;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Indexes;
using Incubator.Venues;

namespace Incubator.Training;

/// <summary>A course: its description and the ids of its sessions. Seats are counted by each session, not here.</summary>
public sealed class CourseGrain(
    [PersistentState("course", StorageNames.Incubator)] IPersistentState<CourseState> state,
    DomainClock clock) : Grain, ICourseGrain
{
    private Guid Id => this.GetPrimaryKey();

    private CourseState S => state.State;

    public async Task<CourseRecord> CreateAsync(CreateCourse command, Actor actor)
    {
        if (state.RecordExists)
        {
            throw DomainException.Conflict("id", ErrorCodes.AlreadyExists, ErrorArg.Noun("thing", "course"), ErrorArg.Text("id", Id));
        }

        DomainException.ThrowIfInvalid(command.Validate());

        command = command.Normalized();
        var geography = await GrainFactory.GeographyAsync();
        geography.RequireIncubator(command.IncubatorId);

        S.IncubatorId = command.IncubatorId;
        S.Title = command.Title;
        S.Topic = command.Topic;
        S.Description = command.Description;
        S.HoursPerSession = command.HoursPerSession;
        S.CreatedAt = clock.UtcNow;
        S.CreatedBy = actor.DisplayName;
        await SaveAsync();
        return ToRecord();
    }

    public Task<CourseRecord?> GetAsync() => Task.FromResult(state.RecordExists ? ToRecord() : null);

    public async Task<SessionRecord> ScheduleSessionAsync(ScheduleSession command, Actor actor)
    {
        EnsureCreated();
        DomainException.ThrowIfInvalid(command.Validate());

        var sessionId = Guid.NewGuid();
        command = command.Normalized();
        Guid? bookingId = null;
        if (command.SpaceId is { } spaceId)
        {
            // The space's grain applies the booking rules (opening hours, clashes) exactly as for an organization's request.
            var booking = await GrainFactory.GetGrain<ISpaceGrain>(spaceId).BookForTrainingAsync(
                new TrainingBooking(sessionId, S.IncubatorId, S.Title, new OneOffSlot(command.StartsAt, command.EndsAt)), actor);
            bookingId = booking.Id;
            command = command with { Venue = booking.SpaceName };
        }

        var plan = new SessionPlan(Id, S.IncubatorId, S.Title, S.Topic, S.HoursPerSession, command, bookingId);
        var session = await GrainFactory.GetGrain<ITrainingSessionGrain>(sessionId).ScheduleAsync(plan, actor);
        S.SessionIds.Add(sessionId);
        await SaveAsync();
        return session;
    }

    public async Task<IReadOnlyList<SessionRecord>> GetSessionsAsync()
    {
        EnsureCreated();
        var sessions = await Task.WhenAll(S.SessionIds.Select(id => GrainFactory.GetGrain<ITrainingSessionGrain>(id).GetAsync()));
        return sessions.OfType<SessionRecord>().OrderBy(s => s.StartsAt).ToArray();
    }

    private void EnsureCreated()
    {
        if (!state.RecordExists)
        {
            throw DomainException.NoSuch("id", "course", Id);
        }
    }

    /// <summary>Writes the state, then the incubator's list row, so the list never shows a change the course did not keep.</summary>
    private async Task SaveAsync()
    {
        await state.WriteStateAsync();
        await GrainFactory.Index<CourseRecord>(S.IncubatorId).UpsertAsync(ToRecord());
    }

    private CourseRecord ToRecord() =>
        new(Id, S.IncubatorId, S.Title, S.Topic, S.Description, S.HoursPerSession, S.CreatedAt, S.CreatedBy, S.SessionIds.Count);
}
