using Incubator.Common;
using Incubator.Graduation;
using Incubator.Party;

namespace Incubator.Organizations;

/// <summary>One incubating organization (社会组织); owns its lifecycle; its timeline is read from <see cref="Timeline.ITimelineGrain"/>.</summary>
public interface IOrganizationGrain : IGrainWithGuidKey
{
    /// <summary>Files (备案) the organization; refused when it already exists or its credit code is held by another.</summary>
    Task<OrganizationRecord> FileAsync(FileOrganization command, Actor actor);

    /// <summary>Null when nothing was filed under this id.</summary>
    Task<OrganizationRecord?> GetAsync();

    /// <summary>Admits into incubation and schedules the graduation review at the period's end.</summary>
    Task<OrganizationRecord> AdmitAsync(AdmitOrganization command, Actor actor);

    /// <summary>Records the unified social credit code when registration with civil affairs arrives (备案 → 登记).</summary>
    Task<OrganizationRecord> RegisterAsync(string creditCode, LegalForm legalForm, Actor actor);

    /// <summary>Leaves incubation (退出) for the given reason; frees its cohort place.</summary>
    Task<OrganizationRecord> ExitAsync(string reason, Actor actor);

    /// <summary>Changes the given profile fields; a new name keeps the old one in <see cref="OrganizationRecord.FormerNames"/>. Each change goes on the timeline.</summary>
    Task<OrganizationRecord> EditAsync(EditOrganization command, Actor actor);

    /// <summary>The composite graduation gate: computed items from data, recorded items from the manager.</summary>
    Task<IReadOnlyList<GateItem>> GetGraduationGateAsync();

    /// <summary>Records a gate item the platform cannot compute (governance, finances, services).</summary>
    Task<IReadOnlyList<GateItem>> RecordReviewItemAsync(ReviewItem item, bool met, string note, Actor actor);

    /// <summary>Graduated (all gate items met), Extended (once, reschedules the review and checkpoints) or Exited.</summary>
    Task<OrganizationRecord> DecideGraduationAsync(GraduationDecision decision, Actor actor);

    Task<PartyTrack> GetPartyTrackAsync();

    Task<PartyTrack> UpdatePartyProfileAsync(UpdatePartyProfile profile, Actor actor);

    /// <summary>The party-building officer's result for a checkpoint; cancels its overdue job.</summary>
    Task<PartyTrack> CompleteCheckpointAsync(Guid checkpointId, bool met, string note, Actor actor);

    /// <summary>Run by the checkpoint's job at its due date: an unheld checkpoint becomes overdue and escalates. Reruns change nothing.</summary>
    Task MarkCheckpointOverdueAsync(Guid checkpointId);

    /// <summary>Asks another incubator to take the organization: promotion one tier up, or stationing a graduate in a community.</summary>
    Task<OrganizationRecord> RequestHandOffAsync(Guid toIncubatorId, string note, Actor actor);

    /// <summary>The receiving manager accepts (the organization moves, with its history) or declines, with a reason.</summary>
    Task<OrganizationRecord> DecideHandOffAsync(bool accept, string reason, Actor actor);

    /// <summary>Run by the scheduled job: opens the graduation review once the period has ended. Calling it again changes nothing.</summary>
    Task<OrganizationRecord> OpenGraduationReviewAsync();
}
