using Incubator.Common;

namespace Incubator.Organizations;

/// <summary>Reads the organization read model (lists, search, review tasks) kept in PostgreSQL.</summary>
public interface IOrganizationDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>A page of the directory; see <see cref="OrganizationQuery"/> for paging by cursor.</summary>
    Task<OrganizationPage> SearchAsync(OrganizationQuery query);

    /// <summary>Open graduation reviews at the given incubators (null = all), soonest due first.</summary>
    Task<IReadOnlyList<ReviewTask>> OpenReviewTasksAsync(IReadOnlyList<Guid>? incubatorIds);

    /// <summary>Organizations per incubator and stage, for pipeline views.</summary>
    Task<IReadOnlyList<StageCount>> StageCountsAsync(IReadOnlyList<Guid>? incubatorIds);
}
