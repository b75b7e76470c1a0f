using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.SocialWorkers;

/// <summary>Reads the social-worker read model and, for the resources list, the stations and community profiles next to it.</summary>
public interface ISocialWorkerDirectoryGrain : IGrainWithIntegerKey
{
    Task<Page<SocialWorkerSummary>> ListAsync(SocialWorkerQuery query);

    /// <summary>Stations in these districts (null = all) serving any of these communities (null = wherever), whose staff has the skill; not retired.</summary>
    Task<IReadOnlyList<StationResource>> StationsAsync(IReadOnlyList<Guid>? districtIds, IReadOnlyList<Guid>? communityIds, ServiceDomain? skill, DateOnly today);

    /// <summary>Of <paramref name="communityIds"/>, those whose community profile says they have no space of their own (场所限制).</summary>
    Task<IReadOnlyList<Guid>> CommunitiesWithoutSpaceAsync(IReadOnlyList<Guid> communityIds);
}
