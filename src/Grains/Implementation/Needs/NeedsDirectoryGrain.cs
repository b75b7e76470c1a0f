using Orleans.Concurrency;

namespace Incubator.Needs;

[StatelessWorker]
public sealed class NeedsDirectoryGrain(NeedsReadModel needs) : Grain, INeedsDirectoryGrain
{
    public Task<IReadOnlyList<NeedRow>> NeedsAsync(NeedFilter filter) => needs.NeedsAsync(filter);

    public Task<IReadOnlyList<RankedTeam>> RankTeamsAsync(Guid needId, int limit) => needs.RankTeamsAsync(needId, limit);

    public Task<Guid?> NeedOfEngagementAsync(Guid engagementId) => needs.NeedOfEngagementAsync(engagementId);

    public Task<Guid?> NeedOfProposalAsync(Guid proposalId) => needs.NeedOfProposalAsync(proposalId);

    public Task<IReadOnlyList<ProposalRow>> ProposalsForOrganizationAsync(Guid organizationId) => needs.ProposalsForOrganizationAsync(organizationId);

    public Task<IReadOnlyList<ProposalRow>> ProposalsForSocialWorkerAsync(Guid socialWorkerId) => needs.ProposalsForSocialWorkerAsync(socialWorkerId);

    public Task<Guid?> SocialWorkerOfAccountAsync(string userId) => needs.SocialWorkerOfAccountAsync(userId);

    public Task<IReadOnlyList<NeedRow>> EscalatedAsync(IReadOnlyList<Guid> subdistrictIds, IReadOnlyList<Guid> districtIds) =>
        needs.EscalatedAsync(subdistrictIds, districtIds);

    public Task<IReadOnlyList<IdleOrganization>> IdleOrganizationsAsync(IReadOnlyList<Guid>? districtIds, DateOnly today) =>
        needs.IdleOrganizationsAsync(districtIds, today);

    public Task<IReadOnlyList<DuplicateCommunitySupport>> DuplicateCommunitySupportAsync(IReadOnlyList<Guid>? districtIds) =>
        needs.DuplicateCommunitySupportAsync(districtIds);
}
