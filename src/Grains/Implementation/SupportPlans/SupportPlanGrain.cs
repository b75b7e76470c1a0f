using Incubator.Common;
using Incubator.Organizations;
using Incubator.Timeline;

namespace Incubator.SupportPlans;

public sealed class SupportPlanGrain(
    [PersistentState("supportPlan", StorageNames.Incubator)] IPersistentState<SupportPlanState> state,
    TimelineWriter timeline,
    DomainClock clock) : Grain, ISupportPlanGrain
{
    private Guid OrganizationId => this.GetPrimaryKey();

    private IOrganizationGrain Organization => GrainFactory.GetGrain<IOrganizationGrain>(OrganizationId);

    public Task<IReadOnlyList<Milestone>> GetMilestonesAsync()
    {
        var now = clock.UtcNow;
        return Task.FromResult<IReadOnlyList<Milestone>>(state.State.Milestones
            .OrderBy(m => m.Track)
            .ThenBy(m => m.DueDate)
            .ThenBy(m => m.CreatedAt)
            .Select(m => ToRecord(m, now))
            .ToArray());
    }

    public Task<IReadOnlyList<ConsultingSession>> GetConsultingAsync() =>
        Task.FromResult<IReadOnlyList<ConsultingSession>>(state.State.Consulting.OrderByDescending(c => c.On).ToArray());

    public async Task<ConsultingSession> RecordConsultingAsync(DateOnly on, decimal hours, string consultant, string topic, Actor actor)
    {
        DomainException.ThrowIfInvalid(ConsultingSession.Validate(hours, consultant, topic));

        if (await Organization.GetAsync() is null)
        {
            throw DomainException.NoSuch("id", "organization", OrganizationId);
        }

        var session = new ConsultingSession(Guid.NewGuid(), on, hours, consultant.Trim(), topic.Trim(), actor.DisplayName);
        state.State.Consulting.Add(session);
        await state.WriteStateAsync();
        await timeline.AppendAsync(OrganizationId, TimelineAction.ConsultingRecorded, actor,
            TimelineArgument.Number(TimelineArgs.Hours, hours),
            TimelineArgument.Text(TimelineArgs.Consultant, session.Consultant),
            TimelineArgument.Date(TimelineArgs.On, on),
            TimelineArgument.Text(TimelineArgs.Topic, session.Topic));
        return session;
    }

    public async Task<Milestone> AddMilestoneAsync(MilestoneDraft draft, Actor actor)
    {
        draft = await AcceptAsync(draft);
        var now = clock.UtcNow;
        var milestone = new MilestoneState { Id = Guid.NewGuid(), CreatedAt = now };
        Apply(milestone, draft, now);
        state.State.Milestones.Add(milestone);
        await state.WriteStateAsync();
        await timeline.AppendAsync(OrganizationId, TimelineAction.MilestoneAdded, actor,
            TimelineArgument.Enum(TimelineArgs.Track, milestone.Track),
            TimelineArgument.Text(TimelineArgs.Title, milestone.Title),
            TimelineArgument.Text(TimelineArgs.Owner, milestone.OwnerName),
            TimelineArgument.Date(TimelineArgs.DueAt, milestone.DueDate));
        return ToRecord(milestone, now);
    }

    public async Task<Milestone> UpdateMilestoneAsync(Guid milestoneId, MilestoneDraft draft, Actor actor)
    {
        var milestone = state.State.Milestones.Find(m => m.Id == milestoneId)
            ?? throw DomainException.NoSuch("milestoneId", "milestone", milestoneId);
        draft = await AcceptAsync(draft);
        var changes = Changes(milestone, draft);
        if (changes.Count == 0)
        {
            return ToRecord(milestone, clock.UtcNow);
        }

        var now = clock.UtcNow;
        Apply(milestone, draft, now);
        await state.WriteStateAsync();
        await timeline.AppendAsync(OrganizationId, TimelineAction.MilestoneUpdated, actor,
            TimelineArgument.Enum(TimelineArgs.Track, milestone.Track),
            TimelineArgument.Text(TimelineArgs.Title, milestone.Title),
            TimelineArgument.List(TimelineArgs.Changed, changes),
            TimelineArgument.Enum(TimelineArgs.MilestoneStatus, milestone.Status),
            TimelineArgument.Text(TimelineArgs.Note, milestone.Note ?? ""));
        return ToRecord(milestone, now);
    }

    /// <summary>The normalized draft, once the organization is known to exist and the draft is valid.</summary>
    private async Task<MilestoneDraft> AcceptAsync(MilestoneDraft draft)
    {
        if (await Organization.GetAsync() is null)
        {
            throw DomainException.NoSuch("id", "organization", OrganizationId);
        }

        draft = draft.Normalized();
        DomainException.ThrowIfInvalid(draft.Validate());
        return draft;
    }

    /// <summary>The fields an update changes, by name; the timeline shows them by their UI labels.</summary>
    private static List<string> Changes(MilestoneState before, MilestoneDraft after)
    {
        var changes = new List<string>();
        Compare(changes, "track", before.Track, after.Track);
        Compare(changes, "title", before.Title, after.Title);
        Compare(changes, "owner", before.OwnerName, after.OwnerName);
        Compare(changes, "ownerAccount", before.OwnerUserId, after.OwnerUserId);
        Compare(changes, "dueDate", before.DueDate, after.DueDate!.Value);
        Compare(changes, "status", before.Status, after.Status);
        Compare(changes, "note", before.Note, after.Note);
        return changes;
    }

    private static void Compare<T>(List<string> changes, string what, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            changes.Add(what);
        }
    }

    private static void Apply(MilestoneState milestone, MilestoneDraft draft, DateTimeOffset now)
    {
        milestone.Track = draft.Track;
        milestone.Title = draft.Title;
        milestone.OwnerName = draft.OwnerName;
        milestone.OwnerUserId = draft.OwnerUserId;
        milestone.DueDate = draft.DueDate!.Value;
        milestone.Status = draft.Status;
        milestone.Note = draft.Note;
        milestone.UpdatedAt = now;
    }

    private static Milestone ToRecord(MilestoneState m, DateTimeOffset now) => new(
        m.Id, m.Track, m.Title, m.OwnerName, m.OwnerUserId, m.DueDate, m.Status, m.Note, m.UpdatedAt,
        MilestoneSchedule.IsOverdue(m.DueDate, m.Status, now));
}
