using Incubator.Common;
using Incubator.Graduation;
using Incubator.Inbox;
using Incubator.Incubators;
using Incubator.Party;
using Incubator.Timeline;

namespace Incubator.Organizations;

/// <summary>Party co-incubation (党建共育): the party profile and the checkpoints planned over the incubation period.</summary>
public sealed partial class OrganizationGrain
{
    public Task<PartyTrack> GetPartyTrackAsync()
    {
        EnsureFiled();
        return Task.FromResult(PartyTrack());
    }

    public async Task<PartyTrack> UpdatePartyProfileAsync(UpdatePartyProfile profile, Actor actor)
    {
        EnsureFiled();
        DomainException.ThrowIfInvalid(profile.Validate());
        var now = clock.UtcNow;
        S.FormalPartyMembers = profile.FormalPartyMembers;
        S.BranchForm = profile.BranchForm;
        S.InstructorName = profile.BranchForm == PartyBranchForm.InstructorAssigned ? profile.InstructorName!.Trim() : null;
        Record(now, actor, TimelineAction.PartyProfileUpdated,
        [
            TimelineArgument.Number(TimelineArgs.Members, profile.FormalPartyMembers),
            TimelineArgument.Enum(TimelineArgs.BranchForm, profile.BranchForm),
            .. S.InstructorName is { } name ? [TimelineArgument.Text(TimelineArgs.Instructor, name)] : Array.Empty<TimelineArgument>(),
        ]);
        await WriteAsync();
        return PartyTrack();
    }

    public async Task<PartyTrack> CompleteCheckpointAsync(Guid checkpointId, bool met, string note, Actor actor)
    {
        EnsureFiled();
        var checkpoint = S.Checkpoints.FirstOrDefault(c => c.Id == checkpointId)
            ?? throw DomainException.NoSuch("checkpointId", "checkpoint", checkpointId);
        if (!checkpoint.IsOpen)
        {
            throw DomainException.Conflict("checkpointId", ErrorCodes.CheckpointNotOpen, ErrorArg.Label("status", checkpoint.Status));
        }

        var now = clock.UtcNow;
        CancelJob(checkpoint);
        checkpoint.Status = CheckpointStatus.Completed;
        checkpoint.Met = met;
        checkpoint.Note = (note ?? "").Trim();
        checkpoint.CompletedBy = actor.DisplayName;
        checkpoint.CompletedAt = now;
        Record(now, actor, TimelineAction.CheckpointCompleted,
            TimelineArgument.Enum(TimelineArgs.CheckpointKind, checkpoint.Kind),
            TimelineArgument.Date(TimelineArgs.DueAt, checkpoint.DueAt),
            TimelineArgument.Flag(TimelineArgs.Met, met),
            TimelineArgument.Text(TimelineArgs.Note, checkpoint.Note));
        await WriteAsync();
        await inbox.CloseAsync(
            [InboxReadModel.CheckpointKey(Id, checkpoint.Id, InboxKind.CheckpointDue), InboxReadModel.CheckpointKey(Id, checkpoint.Id, InboxKind.CheckpointOverdue)], now);
        return PartyTrack();
    }

    public async Task MarkCheckpointOverdueAsync(Guid checkpointId)
    {
        var now = clock.UtcNow;
        if (!state.RecordExists || S.Checkpoints.FirstOrDefault(c => c.Id == checkpointId) is not { Status: CheckpointStatus.Pending } checkpoint || now < checkpoint.DueAt)
        {
            return;
        }

        checkpoint.Status = CheckpointStatus.Overdue;
        checkpoint.JobId = null;
        Record(now, Actor.System, TimelineAction.CheckpointOverdue,
            TimelineArgument.Enum(TimelineArgs.CheckpointKind, checkpoint.Kind), TimelineArgument.Date(TimelineArgs.DueAt, checkpoint.DueAt));
        await WriteAsync();
        await inbox.OpenAsync(new InboxItem(
            InboxReadModel.CheckpointKey(Id, checkpoint.Id, InboxKind.CheckpointOverdue), S.IncubatorId, InboxAudience.Manager,
            InboxKind.CheckpointOverdue, Id, S.Name, checkpoint.DueAt, now));
    }

    /// <summary>Plans the checkpoints still ahead under the current incubator's plan, each with its overdue job.</summary>
    private async Task PlanCheckpointsAsync(DateTimeOffset now)
    {
        var plan = await GrainFactory.GetGrain<IIncubatorSettingsGrain>(S.IncubatorId).GetCheckpointPlanAsync();
        foreach (var (kind, dueAt) in plan.DueDates(S.IncubationStartedAt ?? now, now, S.IncubationEndsAt!.Value))
        {
            var checkpoint = new CheckpointState { Id = Guid.NewGuid(), Kind = kind, DueAt = dueAt, Status = CheckpointStatus.Pending };
            checkpoint.JobId = jobs.ScheduleCheckpoint(Id, checkpoint.Id, dueAt);
            S.Checkpoints.Add(checkpoint);
        }
    }

    /// <summary>The pending checkpoints' due dates; "rescheduled" when a hand-off moved them under another incubator's plan.</summary>
    private void RecordCheckpointsScheduled(DateTimeOffset now, Actor actor, string? variant = null) =>
        Record(now, actor, TimelineAction.CheckpointsScheduled,
        [
            TimelineArgument.Dates(TimelineArgs.Dates, S.Checkpoints.Where(c => c.Status == CheckpointStatus.Pending).Select(c => c.DueAt)),
            .. variant is null ? Array.Empty<TimelineArgument>() : [TimelineArgument.Text(TimelineArgs.Variant, variant)],
        ]);

    private void CancelOpenCheckpoints()
    {
        foreach (var checkpoint in S.Checkpoints.Where(c => c.IsOpen))
        {
            CancelJob(checkpoint);
            checkpoint.Status = CheckpointStatus.Cancelled;
        }
    }

    private void CancelJob(CheckpointState checkpoint)
    {
        if (checkpoint.JobId is { } jobId)
        {
            jobs.Cancel(jobId);
            checkpoint.JobId = null;
        }
    }

    private async Task OpenCheckpointItemsAsync(DateTimeOffset now)
    {
        foreach (var checkpoint in S.Checkpoints.Where(c => c.Status == CheckpointStatus.Pending))
        {
            await inbox.OpenAsync(new InboxItem(
                InboxReadModel.CheckpointKey(Id, checkpoint.Id, InboxKind.CheckpointDue), S.IncubatorId, InboxAudience.PartyBuildingOfficer,
                InboxKind.CheckpointDue, Id, S.Name, checkpoint.DueAt, now));
        }
    }

    private PartyTrack PartyTrack() => new(
        S.FormalPartyMembers,
        S.BranchForm,
        S.InstructorName,
        GraduationGate.OrganizationCoverage(S),
        GraduationGate.WorkCoverage(S),
        S.Checkpoints.OrderBy(c => c.DueAt).Select(c => c.ToRecord()).ToArray());
}
