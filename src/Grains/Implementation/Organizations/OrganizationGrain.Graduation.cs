using Incubator.Common;
using Incubator.Graduation;
using Incubator.Timeline;
using Incubator.Training;

namespace Incubator.Organizations;

/// <summary>The graduation review: opened by its job at the period's end, items recorded, then graduated, extended once or exited.</summary>
public sealed partial class OrganizationGrain
{
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
        Record(now, Actor.System, TimelineAction.GraduationReviewOpened, TimelineArgument.Date(TimelineArgs.DueAt, dueAt));
        return await SaveAsync();
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
        var recorded = new RecordedReviewItem { Item = item, Met = met, Note = (note ?? "").Trim(), RecordedBy = actor.DisplayName, RecordedAt = now };
        S.ReviewItems.RemoveAll(r => r.Item == item);
        S.ReviewItems.Add(recorded);
        Record(now, actor, TimelineAction.ReviewItemRecorded,
            TimelineArgument.Enum(TimelineArgs.ReviewItem, item), TimelineArgument.Flag(TimelineArgs.Met, met), TimelineArgument.Text(TimelineArgs.Note, recorded.Note));
        await WriteAsync();
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
        Record(now, actor, TimelineAction.Extended,
            TimelineArgument.Number(TimelineArgs.Months, months), TimelineArgument.Date(TimelineArgs.EndsAt, endsAt), TimelineArgument.Text(TimelineArgs.Reason, reason));
        RecordCheckpointsScheduled(now, actor);
        await inbox.CloseAllForOrganizationAsync(Id, now);
        var record = await SaveAsync();
        await OpenCheckpointItemsAsync(now);
        return record;
    }

    /// <summary>The gate with the hours the organization's training record counts; that grain never calls back here.</summary>
    private async Task<IReadOnlyList<GateItem>> EvaluateGateAsync()
    {
        var hours = (await GrainFactory.TrainingRecordAsync(TrainingRecordKeys.Organization(Id))).AttendedHours;
        return GraduationGate.Evaluate(S, hours);
    }
}
