using Incubator.Common;
using Incubator.Organizations;
using Orleans.Concurrency;

namespace Incubator.SocialWorkers;

[StatelessWorker]
public sealed class SocialWorkerDirectoryGrain(SocialWorkerReadModel readModel) : Grain, ISocialWorkerDirectoryGrain
{
    public Task<Page<SocialWorkerSummary>> ListAsync(SocialWorkerQuery query)
    {
        DomainException.ThrowIfInvalid(query.Validate());
        return readModel.ListAsync(query);
    }

    public Task<IReadOnlyList<StationResource>> StationsAsync(IReadOnlyList<Guid>? districtIds, IReadOnlyList<Guid>? communityIds, ServiceDomain? skill, DateOnly today) =>
        readModel.StationsAsync(districtIds, communityIds, skill, today);

    public Task<IReadOnlyList<Guid>> CommunitiesWithoutSpaceAsync(IReadOnlyList<Guid> communityIds) => readModel.CommunitiesWithoutSpaceAsync(communityIds);
}
