using Incubator.Common;
using Incubator.Geography;
using Incubator.Graduation;
using Incubator.HandOffs;
using Incubator.Inbox;
using Incubator.Incubators;
using Incubator.Party;
using Incubator.Training;

namespace Incubator.Organizations;

/// <summary>
/// One organization: the consistency boundary for its lifecycle, party track, graduation review and hand-offs.
/// Rules live in <see cref="Lifecycle"/>, <see cref="GraduationGate"/> and <see cref="CheckpointPlan"/>; this class
/// orders the steps: validate, schedule or cancel jobs, write state, then update the read models.
/// </summary>
public sealed class OrganizationGrain(
    [PersistentState("organization", StorageNames.Incubator)] IPersistentState<OrganizationState> state,
    IOrganizationJobs jobs,
    OrganizationReadModel readModel,
    InboxReadModel inbox,
    DomainClock clock) : Grain, IOrganizationGrain
{
    private Guid Id => this.GetPrimaryKey();

    private OrganizationState S => state.State;

    public async Task<OrganizationRecord> FileAsync(FileOrganization command, Actor actor)
    {
        if (state.RecordExists)
        {
            throw DomainException.Conflict("id", ErrorCodes.OrganizationAlreadyFiled, ErrorArg.Text("id", Id));
        }

        command = command.Normalized();
        DomainException.ThrowIfInvalid(command.Validate());
        var geography = await GrainFactory.GeographyAsync();
        geography.RequireIncubator(command.IncubatorId);

        if (command.CreditCode is { } code)
        {
            await ClaimCreditCodeAsync(code);
        }

        var now = clock.UtcNow;
        S.IncubatorId = command.IncubatorId;
        S.Name = command.Name;
        S.Category = command.Category;
        S.ServiceDomains = [.. command.ServiceDomains];
        S.ContactName = command.ContactName;
        S.ContactPhone = command.ContactPhone;
        S.CreditCode = command.CreditCode;
        S.LegalStatus = command.CreditCode is null ? LegalStatus.Filed : LegalStatus.Registered;
        S.FilingNumber = FilingNumber(now);
        S.Stage = OrganizationStage.Applied;
        S.FiledAt = now;
        S.Tenures = [new IncubatorTenure(command.IncubatorId, now, null)];
        Record(now, actor, TimelineAction.Filed, $"Filed at incubator {command.IncubatorId} as {S.LegalStatus}, filing number {S.FilingNumber}");
        return await SaveAsync(now);
    }

    public Task<OrganizationRecord?> GetAsync() =>
        Task.FromResult(state.RecordExists ? ToRecord() : null);

    public Task<IReadOnlyList<TimelineEntry>> GetTimelineAsync() =>
        Task.FromResult<IReadOnlyList<TimelineEntry>>(S.Timeline.ToArray());

    public async Task<OrganizationRecord> AdmitAsync(AdmitOrganization command, Actor actor)
    {
        EnsureFiled();
        DomainException.ThrowIfInvalid(command.Validate());
        Lifecycle.EnsureCanMove(S.Stage, OrganizationStage.Incubating);
        var now = clock.UtcNow;
        var endsAt = now.AddMonths(command.IncubationMonths);

        // Jobs are scheduled before the state is written: if the write fails, they find nothing due and do nothing.
        S.GraduationReviewJobId = jobs.ScheduleGraduationReview(Id, endsAt);
        S.Stage = OrganizationStage.Incubating;
        S.IncubationStartedAt = now;
        S.IncubationEndsAt = endsAt;
        S.CohortId = command.CohortId;
        await PlanCheckpointsAsync(now);
        Record(now, actor, TimelineAction.Admitted, $"Admitted for {command.IncubationMonths} months; graduation review due {endsAt:yyyy-MM-dd}");
        Record(now, actor, TimelineAction.CheckpointsScheduled, CheckpointSummary());
        var record = await SaveAsync(now);
        await OpenCheckpointItemsAsync(now);
        return record;
    }

    public async Task<OrganizationRecord> RegisterAsync(string creditCode, Actor actor)
    {
        EnsureFiled();
        var code = CreditCode.Normalize(creditCode ?? "");
        if (CreditCode.Validate(code) is { } reason)
        {
            throw DomainException.Invalid(reason);
        }

        if (S.CreditCode is { } existing)
        {
            return existing == code
                ? ToRecord()
                : throw DomainException.Conflict("creditCode", ErrorCodes.OrganizationAlreadyRegistered, ErrorArg.Text("creditCode", existing));
        }

        await ClaimCreditCodeAsync(code);
        var now = clock.UtcNow;
        S.CreditCode = code;
        S.LegalStatus = LegalStatus.Registered;
        Record(now, actor, TimelineAction.Registered, $"Registered with civil affairs, credit code {code}");
        return await SaveAsync(now);
    }

    public async Task<OrganizationRecord> ExitAsync(string reason, Actor actor)
    {
        EnsureFiled();
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw DomainException.Invalid(FieldError.Required("reason"));
        }

        Lifecycle.EnsureCanMove(S.Stage, OrganizationStage.Exited);
        return await LeaveAsync(OrganizationStage.Exited, TimelineAction.Exited, reason.Trim(), actor);
    }

    public async Task AppendTimelineAsync(TimelineAction action, string detail, Actor actor)
    {
        EnsureFiled();
        Record(clock.UtcNow, actor, action, detail);
        await state.WriteStateAsync();
    }

    public async Task<OrganizationRecord> OpenGraduationReviewAsync()
    {
        var now = clock.UtcNow;
        if (!state.RecordExists
            || S.Stage is not (OrganizationStage.Incubating or OrganizationStage.Extended)
            || S.IncubationEndsAt is not { } dueAt
            || now < dueAt)
        {
            return state.RecordExists ? ToRecord() : throw DomainException.NoSuch("id", "organization", Id);
        }

        S.Stage = OrganizationStage.GraduationReview;
        S.GraduationReviewOpenedAt = now;
        Record(now, Actor.System, TimelineAction.GraduationReviewOpened, $"Incubation period ended {dueAt:yyyy-MM-dd}; graduation review opened");
        var record = await SaveAsync(now);
        await readModel.OpenReviewTaskAsync(record, dueAt, now);
        return record;
    }

    public async Task<IReadOnlyList<GateItem>> GetGraduationGateAsync()
    {
        EnsureFiled();
        return await EvaluateGateAsync();
    }

    public async Task<IReadOnlyList<GateItem>> RecordReviewItemAsync(ReviewItem item, bool met, string note, Actor actor)
    {
        EnsureFiled();
        if (!Enum.IsDefined(item))
        {
            throw DomainException.Invalid(FieldError.UnknownValue("item"));
        }

        if (GraduationGate.ComputedItems.Contains(item))
        {
            throw DomainException.Invalid("item", ErrorCodes.ReviewItemComputed, ErrorArg.Label("item", item));
        }

        if (S.Stage != OrganizationStage.GraduationReview)
        {
            throw DomainException.Conflict("stage", ErrorCodes.ReviewNotInReview, ErrorArg.Label("stage", S.Stage));
        }

        var now = clock.UtcNow;
        S.ReviewItems.RemoveAll(r => r.Item == item);
        S.ReviewItems.Add(new RecordedReviewItem { Item = item, Met = met, Note = (note ?? "").Trim(), RecordedBy = actor.DisplayName, RecordedAt = now });
        Record(now, actor, TimelineAction.ReviewItemRecorded, $"{item}: {(met ? "met" : "not met")}{(string.IsNullOrWhiteSpace(note) ? "" : $" — {note.Trim()}")}");
        await state.WriteStateAsync();
        return await EvaluateGateAsync();
    }

    public async Task<OrganizationRecord> DecideGraduationAsync(GraduationDecision decision, Actor actor)
    {
        EnsureFiled();
        DomainException.ThrowIfInvalid(decision.Validate());
        if (S.Stage != OrganizationStage.GraduationReview)
        {
            throw DomainException.Conflict("stage", ErrorCodes.GraduationNotInReview, ErrorArg.Label("stage", S.Stage));
        }

        var reason = decision.Reason.Trim();
        switch (decision.Outcome)
        {
            case GraduationOutcome.Graduated:
                var unmet = (await EvaluateGateAsync()).Where(i => !i.Met).Select(i => i.Item.ToString()).ToArray();
                if (unmet.Length > 0)
                {
                    throw DomainException.Conflict("gate", ErrorCodes.GraduationGateNotMet, ErrorArg.Labels("items", unmet.Select(Enum.Parse<ReviewItem>)));
                }

                S.GraduatedAt = clock.UtcNow;
                S.CertificateNumber = $"FH{S.GraduatedAt:yyyy}-{Id.ToString("N")[..8].ToUpperInvariant()}";
                S.DecisionReason = reason;
                return await LeaveAsync(OrganizationStage.Graduated, TimelineAction.Graduated, reason, actor);
            case GraduationOutcome.Extended:
                return await ExtendAsync(decision.ExtensionMonths!.Value, reason, actor);
            default:
                S.DecisionReason = reason;
                return await LeaveAsync(OrganizationStage.Exited, TimelineAction.Exited, reason, actor);
        }
    }

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
        Record(now, actor, TimelineAction.PartyProfileUpdated, $"{profile.FormalPartyMembers} formal party members; {profile.BranchForm}{(S.InstructorName is { } name ? $" ({name})" : "")}");
        await state.WriteStateAsync();
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
        Record(now, actor, TimelineAction.CheckpointCompleted, $"{checkpoint.Kind} checkpoint due {checkpoint.DueAt:yyyy-MM-dd}: {(met ? "met" : "not met")}{(checkpoint.Note.Length > 0 ? $" — {checkpoint.Note}" : "")}");
        await state.WriteStateAsync();
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
        Record(now, Actor.System, TimelineAction.CheckpointOverdue, $"{checkpoint.Kind} checkpoint due {checkpoint.DueAt:yyyy-MM-dd} has no result; escalated to the incubator manager");
        await state.WriteStateAsync();
        await inbox.OpenAsync(new InboxItem(
            InboxReadModel.CheckpointKey(Id, checkpoint.Id, InboxKind.CheckpointOverdue), S.IncubatorId, InboxAudience.Manager,
            InboxKind.CheckpointOverdue, Id, S.Name, checkpoint.DueAt, now));
    }

    public async Task<OrganizationRecord> RequestHandOffAsync(Guid toIncubatorId, string note, Actor actor)
    {
        EnsureFiled();
        if (S.PendingHandOff is not null)
        {
            throw DomainException.Conflict("toIncubatorId", ErrorCodes.HandOffPending);
        }

        var geography = await GrainFactory.GeographyAsync();
        var from = geography.FindIncubator(S.IncubatorId)!;
        var to = geography.FindIncubator(toIncubatorId)
            ?? throw DomainException.NoSuchInput("toIncubatorId", "incubator", toIncubatorId);
        var kind = HandOffRules.KindOf(S.Stage, from, to);
        var now = clock.UtcNow;
        S.PendingHandOff = new HandOff(kind, from.Id, to.Id, (note ?? "").Trim(), now, actor.DisplayName);
        Record(now, actor, TimelineAction.HandOffRequested, $"{kind} from {from.Name} to {to.Name}{(string.IsNullOrWhiteSpace(note) ? "" : $" — {note.Trim()}")}");
        await state.WriteStateAsync();
        await inbox.OpenAsync(new InboxItem(InboxReadModel.HandOffKey(Id), to.Id, InboxAudience.Manager, InboxKind.HandOffWaiting, Id, S.Name, null, now));
        return ToRecord();
    }

    public async Task<OrganizationRecord> DecideHandOffAsync(bool accept, string reason, Actor actor)
    {
        EnsureFiled();
        var handOff = S.PendingHandOff ?? throw DomainException.Conflict("handOff", ErrorCodes.HandOffNone);
        if (!accept && string.IsNullOrWhiteSpace(reason))
        {
            throw DomainException.Invalid(FieldError.Required("reason"));
        }

        var now = clock.UtcNow;
        S.PendingHandOff = null;
        await inbox.CloseAsync([InboxReadModel.HandOffKey(Id)], now);
        if (!accept)
        {
            Record(now, actor, TimelineAction.HandOffDeclined, $"Declined by the receiving incubator: {reason.Trim()}");
            await state.WriteStateAsync();
            return ToRecord();
        }

        // History stays with the organization; the previous incubator's tenure closes and access follows the new one.
        S.Tenures = [.. Tenures().Select(t => t.To is null ? t with { To = now } : t), new IncubatorTenure(handOff.ToIncubatorId, now, null)];
        S.IncubatorId = handOff.ToIncubatorId;
        Record(now, actor, TimelineAction.HandOffAccepted, $"{handOff.Kind} accepted{(string.IsNullOrWhiteSpace(reason) ? "" : $": {reason.Trim()}")}");
        await inbox.CloseAllForOrganizationAsync(Id, now);
        if (S.Stage is OrganizationStage.Incubating or OrganizationStage.Extended)
        {
            CancelOpenCheckpoints();
            await PlanCheckpointsAsync(now);
            Record(now, actor, TimelineAction.CheckpointsScheduled, $"Rescheduled under the receiving incubator's plan: {CheckpointSummary()}");
        }

        var record = await SaveAsync(now);
        await OpenCheckpointItemsAsync(now);
        return record;
    }

    private async Task<OrganizationRecord> ExtendAsync(int months, string reason, Actor actor)
    {
        if (S.ExtensionUsed)
        {
            throw DomainException.Conflict("outcome", ErrorCodes.GraduationExtendedOnce);
        }

        var now = clock.UtcNow;
        var endsAt = (S.IncubationEndsAt ?? now).AddMonths(months);
        if (S.GraduationReviewJobId is { } oldReview)
        {
            jobs.Cancel(oldReview);
        }

        S.GraduationReviewJobId = jobs.ScheduleGraduationReview(Id, endsAt);
        S.ExtensionUsed = true;
        S.IncubationEndsAt = endsAt;
        S.Stage = OrganizationStage.Extended;
        S.DecisionReason = reason;
        CancelOpenCheckpoints();
        await PlanCheckpointsAsync(now);
        Record(now, actor, TimelineAction.Extended, $"Extended by {months} months to {endsAt:yyyy-MM-dd}: {reason}");
        Record(now, actor, TimelineAction.CheckpointsScheduled, CheckpointSummary());
        await inbox.CloseAllForOrganizationAsync(Id, now);
        var record = await SaveAsync(now);
        await OpenCheckpointItemsAsync(now);
        return record;
    }

    /// <summary>Graduation or exit: no job of this organization may run afterwards, and nothing stays in anyone's inbox.</summary>
    private async Task<OrganizationRecord> LeaveAsync(OrganizationStage stage, TimelineAction action, string reason, Actor actor)
    {
        var now = clock.UtcNow;
        if (S.GraduationReviewJobId is { } review)
        {
            jobs.Cancel(review);
            S.GraduationReviewJobId = null;
        }

        CancelOpenCheckpoints();
        S.Stage = stage;
        if (stage == OrganizationStage.Exited)
        {
            S.ExitReason = reason;
        }

        Record(now, actor, action, stage == OrganizationStage.Graduated ? $"Graduated, certificate {S.CertificateNumber}: {reason}" : $"Exited: {reason}");
        var record = await SaveAsync(now);
        await inbox.CloseAllForOrganizationAsync(Id, now);
        if (stage == OrganizationStage.Exited && S.CohortId is { } cohortId)
        {
            await GrainFactory.GetGrain<ICohortGrain>(cohortId).ReleasePlaceAsync(Id);
        }

        return record;
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

    private string CheckpointSummary() =>
        "Co-incubation checkpoints due " + string.Join(", ", S.Checkpoints.Where(c => c.Status == CheckpointStatus.Pending).Select(c => c.DueAt.ToString("yyyy-MM-dd")));

    private PartyTrack PartyTrack() => new(
        S.FormalPartyMembers,
        S.BranchForm,
        S.InstructorName,
        GraduationGate.OrganizationCoverage(S),
        GraduationGate.WorkCoverage(S),
        S.Checkpoints.OrderBy(c => c.DueAt).Select(c => c.ToRecord()).ToArray());

    /// <summary>Claims the code for this organization or throws a conflict naming the organization that holds it.</summary>
    private async Task ClaimCreditCodeAsync(string code)
    {
        var holder = await GrainFactory.GetGrain<ICreditCodeGrain>(code).ClaimAsync(Id);
        if (holder != Id)
        {
            var holderRecord = await GrainFactory.GetGrain<IOrganizationGrain>(holder).GetAsync();
            throw DomainException.Conflict(
                "creditCode", ErrorCodes.CreditCodeTaken, ErrorArg.Text("creditCode", code), ErrorArg.Text("holder", holderRecord?.Name ?? "?"), ErrorArg.Text("holderId", holder));
        }
    }


    private void EnsureFiled()
    {
        if (!state.RecordExists)
        {
            throw DomainException.NoSuch("id", "organization", Id);
        }
    }

    /// <summary>The gate with the hours the organization's training record counts; that grain never calls back here.</summary>
    private async Task<IReadOnlyList<GateItem>> EvaluateGateAsync()
    {
        var hours = (await GrainFactory.TrainingRecordAsync(TrainingRecordKeys.Organization(Id))).AttendedHours;
        return GraduationGate.Evaluate(S, hours);
    }

    private void Record(DateTimeOffset at, Actor actor, TimelineAction action, string detail) =>
        S.Timeline.Add(new TimelineEntry(at, actor.UserId, actor.DisplayName, action, detail));

    private async Task<OrganizationRecord> SaveAsync(DateTimeOffset now)
    {
        await state.WriteStateAsync();
        var record = ToRecord();
        await readModel.UpsertAsync(record, now);
        return record;
    }

    private string FilingNumber(DateTimeOffset now) => $"BA{now:yyyyMMdd}-{Id.ToString("N")[..8].ToUpperInvariant()}";

    private OrganizationRecord ToRecord() => new(
        Id,
        S.IncubatorId,
        S.Name,
        S.Category,
        S.ServiceDomains.ToArray(),
        S.ContactName,
        S.ContactPhone,
        S.CreditCode,
        S.FilingNumber,
        S.LegalStatus,
        S.Stage,
        S.FiledAt,
        S.IncubationStartedAt,
        S.IncubationEndsAt,
        S.GraduationReviewOpenedAt,
        S.CohortId,
        S.ExitReason,
        S.ExtensionUsed,
        S.GraduatedAt,
        S.CertificateNumber,
        S.DecisionReason,
        S.PendingHandOff,
        Tenures());

    // Organizations filed before tenures were kept have none stored: their filing incubator held them from the start.
    private IReadOnlyList<IncubatorTenure> Tenures() =>
        S.Tenures.Count > 0 ? S.Tenures.ToArray() : [new IncubatorTenure(S.IncubatorId, S.FiledAt, null)];
}
