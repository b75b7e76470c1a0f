using Incubator.Common;
using Incubator.Inbox;
using Incubator.Timeline;

namespace Incubator.Organizations;

/// <summary>
/// One organization: the consistency boundary for its lifecycle, party track, graduation review and hand-offs, one part
/// per concern (OrganizationGrain.Lifecycle, .Graduation, .PartyTrack, .HandOffs). Rules live in <see cref="Lifecycle"/>,
/// <see cref="Graduation.GraduationGate"/> and <see cref="Party.CheckpointPlan"/>; this class orders the steps: validate,
/// schedule or cancel jobs, write state, append to the timeline, then update the read models.
/// </summary>
public sealed partial class OrganizationGrain(
    [PersistentState("organization", StorageNames.Incubator)] IPersistentState<OrganizationState> state,
    IOrganizationJobs jobs,
    OrganizationReadModel readModel,
    InboxReadModel inbox,
    TimelineWriter timeline,
    DomainClock clock) : Grain, IOrganizationGrain
{
    // What this call put on the timeline; appended after the state is written, in one statement.
    private readonly List<PendingTimelineEntry> _timeline = [];

    private Guid Id => this.GetPrimaryKey();

    private OrganizationState S => state.State;

    public Task<OrganizationRecord?> GetAsync() =>
        Task.FromResult(state.RecordExists ? ToRecord() : null);

    private void EnsureFiled()
    {
        if (!state.RecordExists)
        {
            throw DomainException.NoSuch("id", "organization", Id);
        }
    }

    private void Record(DateTimeOffset at, Actor actor, TimelineAction action, params TimelineArgument[] arguments) =>
        _timeline.Add(new PendingTimelineEntry(at, action, actor, arguments));

    /// <summary>Writes the state, then what this call recorded on the timeline; a failed write records nothing.</summary>
    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
            await timeline.AppendAsync(Id, _timeline);
        }
        finally
        {
            _timeline.Clear();
        }
    }

    /// <summary>Writes state and timeline, then the organization's row in the directory.</summary>
    private async Task<OrganizationRecord> SaveAsync(DateTimeOffset now)
    {
        await WriteAsync();
        var record = ToRecord();
        await readModel.UpsertAsync(record, now);
        return record;
    }

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
    private IReadOnlyList<HandOffs.IncubatorTenure> Tenures() =>
        S.Tenures.Count > 0 ? S.Tenures.ToArray() : [new HandOffs.IncubatorTenure(S.IncubatorId, S.FiledAt, null)];
}
