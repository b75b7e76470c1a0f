using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.SupportPlans;

public sealed class SupportPlanGrain(
    [PersistentState("supportPlan", StorageNames.Incubator)] IPersistentState<SupportPlanState> state,
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
        await Organization.AppendTimelineAsync(TimelineAction.ConsultingRecorded, $"{hours} h consulting by {session.Consultant} on {on:yyyy-MM-dd}: {session.Topic}", actor);
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
        await Organization.AppendTimelineAsync(
            TimelineAction.MilestoneAdded,
            $"{milestone.Track}: \"{milestone.Title}\", owner {milestone.OwnerName}, due {milestone.DueDate:yyyy-MM-dd}",
            actor);
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
        await Organization.AppendTimelineAsync(
            TimelineAction.MilestoneUpdated, $"{milestone.Track}: \"{milestone.Title}\": {string.Join("; ", changes)}", actor);
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

    /// <summary>What an update changes, in words for the timeline.</summary>
    private static List<string> Changes(MilestoneState before, MilestoneDraft after)
    {
        var changes = new List<string>();
        Compare(changes, "track", before.Track, after.Track);
        Compare(changes, "title", before.Title, after.Title);
        Compare(changes, "owner", before.OwnerName, after.OwnerName);
        Compare(changes, "owner account", before.OwnerUserId, after.OwnerUserId);
        Compare(changes, "due", before.DueDate.ToString("yyyy-MM-dd"), after.DueDate!.Value.ToString("yyyy-MM-dd"));
        Compare(changes, "status", before.Status, after.Status);
        Compare(changes, "note", before.Note, after.Note);
        return changes;
    }

    private static void Compare<T>(List<string> changes, string what, T before, T after)
    {
        if (!EqualityComparer<T>.Default.Equals(before, after))
        {
            changes.Add($"{what} {before?.ToString() ?? "—"} → {after?.ToString() ?? "—"}");
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
