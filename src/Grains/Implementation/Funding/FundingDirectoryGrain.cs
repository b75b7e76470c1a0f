using Orleans.Concurrency;

namespace Incubator.Funding;

[StatelessWorker]
public sealed class FundingDirectoryGrain(FundingReadModel funding) : Grain, IFundingDirectoryGrain
{
    public Task<IReadOnlyList<FundedContract>> ContractsOfAsync(Guid organizationId) => funding.ContractsAsync(organizationId);

    public Task<IReadOnlyList<DuplicateSupport>> DuplicatesAsync(IReadOnlyList<Guid>? incubatorIds) => funding.DuplicatesAsync(incubatorIds);
}
