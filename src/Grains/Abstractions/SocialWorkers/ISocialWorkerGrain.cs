using Incubator.Common;

namespace Incubator.SocialWorkers;

/// <summary>
/// One professional social worker (社工), keyed by his record id: his profile, certification and status, and the one
/// authority over his weekly hours. Orleans runs one call at a time per grain, so simultaneous proposals can never
/// reserve more hours than he has in any week (docs/domain.md §8).
/// </summary>
public interface ISocialWorkerGrain : IGrainWithGuidKey
{
    /// <summary>The record; a not-found DomainException when nobody registered it.</summary>
    Task<SocialWorkerRecord> GetAsync();

    /// <summary>Whether the record has been registered.</summary>
    Task<bool> ExistsAsync();

    /// <summary>Registers him, optionally certified; the certificate number must not belong to another social worker.</summary>
    Task<SocialWorkerRecord> RegisterAsync(SocialWorkerProfile profile, Certification? certification, Actor actor);

    /// <summary>Replaces the profile; weekly hours may not drop below what is already committed in a week to come.</summary>
    Task<SocialWorkerRecord> UpdateProfileAsync(SocialWorkerProfile profile, Actor actor);

    /// <summary>Records a certificate (a first one or a higher level); its number must not belong to another social worker.</summary>
    Task<SocialWorkerRecord> CertifyAsync(Certification certification, Actor actor);

    /// <summary>Marks him as having left on <paramref name="leftOn"/>: no more reservations; commitments stay as they are.</summary>
    Task<SocialWorkerRecord> LeaveAsync(DateOnly leftOn, Actor actor);

    /// <summary>Links the SocialWorker account that signs in as him (null unlinks); an account belongs to one record only.</summary>
    Task<SocialWorkerRecord> LinkAccountAsync(string? accountUserId, Actor actor);

    /// <summary>
    /// Reserves hours for a proposal. Idempotent per ProposalId (a repeat changes nothing). Refuses, with a conflict
    /// <see cref="ErrorCodes.SocialWorkerHoursOverCommitted"/>, when in any week of the range reserved and confirmed hours
    /// would exceed <see cref="SocialWorkerRecord.WeeklyHoursAvailable"/>, and refuses a social worker who has left
    /// (<see cref="ErrorCodes.SocialWorkerLeft"/>).
    /// </summary>
    Task ReserveHoursAsync(ReserveHours command);

    /// <summary>The proposal became an engagement: its reservation is confirmed. Confirming twice changes nothing.</summary>
    Task ConfirmHoursAsync(Guid proposalId);

    /// <summary>Frees the proposal's hours (declined, withdrawn, engagement closed). Idempotent; an unknown proposal is a no-op.</summary>
    Task ReleaseHoursAsync(Guid proposalId);
}
