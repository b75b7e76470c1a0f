using System.Data.Common;
using System.Globalization;
using Incubator.Common;
using Incubator.Inbox;
using Incubator.Timeline;
using Microsoft.Extensions.Logging;

namespace Incubator.Organizations;

/// <summary>
/// One organization: the consistency boundary for its lifecycle, party track, graduation review and hand-offs, one part
/// per concern (OrganizationGrain.Lifecycle, .Graduation, .PartyTrack, .HandOffs). Rules live in <see cref="Lifecycle"/>,
/// <see cref="Graduation.GraduationGate"/> and <see cref="Party.CheckpointPlan"/>; this class orders the steps: validate,
/// schedule or cancel jobs, write state (with this call's timeline entries), then project the read models.
/// </summary>
public sealed partial class OrganizationGrain(
    [PersistentState(OrganizationProjection.GrainType, StorageNames.Incubator)] IPersistentState<OrganizationState> state,
    IOrganizationJobs jobs,
    OrganizationProjection projection,
    InboxReadModel inbox,
    DomainClock clock,
    ILogger<OrganizationGrain> log) : Grain, IOrganizationGrain, IOrganizationProjectionGrain
{
    // What this call put on the timeline; it rides in the state's write and is appended by the projection.
    private readonly List<PendingTimelineEntry> _timeline = [];

    // The newest state version this activation has projected: older unprojected entries need not ride along again.
    // Unknown after activation (0): the stored entries ride once more and the outbox row says which are still owed.
    private int _projectedVersion;

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

    // Our WriteToStorageKey (0002, 0013) numbers versions 1, 2, 3, … and Orleans keeps the stored one as the ETag.
    private int StoredVersion => state.Etag is { } etag ? int.Parse(etag, CultureInfo.InvariantCulture) : 0;

    /// <summary>
    /// Writes the state with what this call recorded on the timeline (one commit, which also puts the organization in
    /// the projection outbox), then projects it. A failed write records nothing.
    /// </summary>
    private async Task WriteAsync()
    {
        var version = StoredVersion + 1;
        var recorded = _timeline.Select(e => UnprojectedTimelineEntry.From(version, e)).ToArray();
        _timeline.Clear();
        S.UnprojectedTimeline.RemoveAll(e => e.Version <= _projectedVersion);
        S.UnprojectedTimeline.AddRange(recorded);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            S.UnprojectedTimeline.RemoveAll(recorded.Contains);
            throw;
        }

        await TryProjectAsync();
    }

    /// <summary>Writes the state and projects it; returns the organization as written.</summary>
    private async Task<OrganizationRecord> SaveAsync()
    {
        await WriteAsync();
        return ToRecord();
    }

    public async Task ProjectAsync()
    {
        if (!state.RecordExists)
        {
            return;
        }

        var version = StoredVersion;
        await projection.ProjectAsync(ToRecord(), version, S.GraduationReviewOpenedAt, S.UnprojectedTimeline, clock.UtcNow);
        _projectedVersion = version;
    }

    // The state is committed and its outbox row with it: a projection that fails here is redone by the projector, so
    // the caller gets the answer of the write it made, not an error that would make it retry a write that happened.
    private async Task TryProjectAsync()
    {
        try
        {
            await ProjectAsync();
        }
        catch (DbException e)
        {
            log.LogWarning(e, "Projection of organization {OrganizationId} at version {Version} failed; the projector will redo it", Id, StoredVersion);
        }
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
        Tenures(),
        S.FormerNames.ToArray(),
        S.LegalForm);

    // Organizations filed before tenures were kept have none stored: their filing incubator held them from the start.
    private IReadOnlyList<HandOffs.IncubatorTenure> Tenures() =>
        S.Tenures.Count > 0 ? S.Tenures.ToArray() : [new HandOffs.IncubatorTenure(S.IncubatorId, S.FiledAt, null)];
}
