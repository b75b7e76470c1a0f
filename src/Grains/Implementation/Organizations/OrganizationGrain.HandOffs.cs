using Incubator.Common;
using Incubator.Geography;
using Incubator.HandOffs;
using Incubator.Inbox;
using Incubator.Timeline;

namespace Incubator.Organizations;

/// <summary>Hand-offs between incubators: promotion one tier up, or stationing a graduate in a community.</summary>
public sealed partial class OrganizationGrain
{
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
        Record(now, actor, TimelineAction.HandOffRequested,
            TimelineArgument.Enum(TimelineArgs.HandOffKind, kind),
            TimelineArgument.Id(TimelineArgs.FromIncubatorId, from.Id),
            TimelineArgument.Id(TimelineArgs.ToIncubatorId, to.Id),
            TimelineArgument.Text(TimelineArgs.Note, S.PendingHandOff.Note));
        await WriteAsync();
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
            Record(now, actor, TimelineAction.HandOffDeclined, TimelineArgument.Text(TimelineArgs.Reason, reason.Trim()));
            await WriteAsync();
            return ToRecord();
        }

        // History stays with the organization; the previous incubator's tenure closes and access follows the new one.
        S.Tenures = [.. Tenures().Select(t => t.To is null ? t with { To = now } : t), new IncubatorTenure(handOff.ToIncubatorId, now, null)];
        S.IncubatorId = handOff.ToIncubatorId;
        Record(now, actor, TimelineAction.HandOffAccepted,
            TimelineArgument.Enum(TimelineArgs.HandOffKind, handOff.Kind), TimelineArgument.Text(TimelineArgs.Reason, (reason ?? "").Trim()));
        await inbox.CloseAllForOrganizationAsync(Id, now);
        if (S.Stage is OrganizationStage.Incubating or OrganizationStage.Extended)
        {
            CancelOpenCheckpoints();
            await PlanCheckpointsAsync(now);
            RecordCheckpointsScheduled(now, actor, "rescheduled");
        }

        var record = await SaveAsync();
        await OpenCheckpointItemsAsync(now);
        return record;
    }
}
