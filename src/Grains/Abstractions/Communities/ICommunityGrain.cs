using Incubator.Common;

namespace Incubator.Communities;

/// <summary>
/// One community's own record, keyed by its geography area id (AreaLevel.Community): profile, history and the organizations
/// stationed there. Calls organizations and spaces to check a stationing; neither calls back.
/// </summary>
public interface ICommunityGrain : IGrainWithGuidKey
{
    /// <summary>The community; not found when the key is no community area.</summary>
    Task<CommunityRecord> GetAsync();

    /// <summary>Records the profile; a history entry names every field that changed (old → new). An unchanged profile records nothing.</summary>
    Task<CommunityRecord> UpdateProfileAsync(CommunityProfile profile, Actor actor);

    /// <summary>Stations an organization here; on the organization's timeline and in the community's history.</summary>
    Task<StationingRecord> StartStationingAsync(StartStationing command, Actor actor);

    /// <summary>Ends an active stay with a reason; on both timelines.</summary>
    Task<StationingRecord> EndStationingAsync(EndStationing command, Actor actor);
}
