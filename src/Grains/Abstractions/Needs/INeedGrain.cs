using Incubator.Common;

namespace Incubator.Needs;

/// <summary>
/// One community need with its proposals, its engagement and the service logged (docs/domain.md §10), keyed by a new id.
/// The grain is the one place the need's state changes, so two answers racing each other make one engagement.
/// </summary>
public interface INeedGrain : IGrainWithGuidKey
{
    /// <summary>Null until posted.</summary>
    Task<NeedRecord?> GetAsync();

    /// <summary>Posts the need, owned by <paramref name="actor"/>, and schedules its escalation after the community's delay.</summary>
    Task<NeedRecord> PostAsync(PostNeed command, Actor actor);

    /// <summary>Closes an open need without an engagement; pending proposals are withdrawn and their hours released.</summary>
    Task<NeedRecord> CloseAsync(string reason, Actor actor);

    /// <summary>
    /// The escalation job's call: raises an unmatched need to <paramref name="level"/> and schedules the next level.
    /// Does nothing once the need is matched or closed or already at that level, so reruns are harmless.
    /// </summary>
    Task EscalateAsync(EscalationLevel level);

    /// <summary>Proposes a team; reserves the social worker's weekly hours first, refusing when they would be over-committed.</summary>
    Task<ProposalRecord> ProposeAsync(ProposeTeam command, Actor actor);

    /// <summary>
    /// The organization's or the social worker's answer; a decline needs a reason and releases the hours. The second
    /// accept makes the engagement: the need is matched, the hours confirmed, the other pending proposals withdrawn.
    /// </summary>
    Task<NeedRecord> AnswerAsync(Guid proposalId, ProposalParty party, bool accept, string? reason, Actor actor);

    /// <summary>The community withdraws a pending proposal; its hours are released.</summary>
    Task<NeedRecord> WithdrawAsync(Guid proposalId, Actor actor);

    /// <summary>Records service given under the engagement; the first log puts the need in service.</summary>
    Task<NeedRecord> LogServiceAsync(LogService command, Actor actor);

    /// <summary>The community closes the engagement with residents' feedback: the need is done and the hours released.</summary>
    Task<NeedRecord> CloseEngagementAsync(CloseEngagement command, Actor actor);
}

/// <summary>A community's settings for its needs, keyed by the community area id.</summary>
public interface INeedSettingsGrain : IGrainWithGuidKey
{
    /// <summary>Days an unmatched need waits before it goes to the subdistrict, and again before the district.</summary>
    Task<int> EscalationDaysAsync();

    Task<int> SetEscalationDaysAsync(int days, Actor actor);
}

/// <summary>Reads across needs, offerings, social workers and engagements (incubator.* read models).</summary>
public interface INeedsDirectoryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<NeedRow>> NeedsAsync(NeedFilter filter);

    /// <summary>Candidate teams for the need, best first (organizations stationed in its community before the rest).</summary>
    Task<IReadOnlyList<RankedTeam>> RankTeamsAsync(Guid needId, int limit);

    /// <summary>The need an engagement belongs to, or null.</summary>
    Task<Guid?> NeedOfEngagementAsync(Guid engagementId);

    /// <summary>The need a proposal belongs to, or null.</summary>
    Task<Guid?> NeedOfProposalAsync(Guid proposalId);

    /// <summary>Proposals to an organization, newest first.</summary>
    Task<IReadOnlyList<ProposalRow>> ProposalsForOrganizationAsync(Guid organizationId);

    /// <summary>Proposals to a social worker, newest first.</summary>
    Task<IReadOnlyList<ProposalRow>> ProposalsForSocialWorkerAsync(Guid socialWorkerId);

    /// <summary>The social worker whose account this is (incubator.social_workers.account_user_id), or null.</summary>
    Task<Guid?> SocialWorkerOfAccountAsync(string userId);

    /// <summary>Open needs escalated to the subdistrict (level 1 and up) in these subdistricts, or to the district (level 2) in these districts.</summary>
    Task<IReadOnlyList<NeedRow>> EscalatedAsync(IReadOnlyList<Guid> subdistrictIds, IReadOnlyList<Guid> districtIds);

    /// <summary>Organizations of these districts (null = all) with service capacity and no engagement started or running in the 90 days before <paramref name="today"/>.</summary>
    Task<IReadOnlyList<IdleOrganization>> IdleOrganizationsAsync(IReadOnlyList<Guid>? districtIds, DateOnly today);

    /// <summary>Support given twice to one community's target group by two tiers (see <see cref="DuplicateCommunitySupport"/>), in these districts (null = all).</summary>
    Task<IReadOnlyList<DuplicateCommunitySupport>> DuplicateCommunitySupportAsync(IReadOnlyList<Guid>? districtIds);
}
