using Incubator.Common;
using Orleans.Concurrency;

namespace Incubator.Organizations;

[StatelessWorker]
public sealed class OrganizationDirectoryGrain(OrganizationReadModel readModel) : Grain, IOrganizationDirectoryGrain
{
    public Task<OrganizationPage> SearchAsync(OrganizationQuery query)
    {
        DomainException.ThrowIfInvalid(query.Validate());

        return readModel.SearchAsync(query);
    }

    public Task<IReadOnlyList<ReviewTask>> OpenReviewTasksAsync(IReadOnlyList<Guid>? incubatorIds) =>
        readModel.OpenReviewTasksAsync(incubatorIds);

    public Task<IReadOnlyList<StageCount>> StageCountsAsync(IReadOnlyList<Guid>? incubatorIds) =>
        readModel.StageCountsAsync(incubatorIds);
}
