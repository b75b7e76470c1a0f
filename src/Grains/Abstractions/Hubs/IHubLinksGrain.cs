using Incubator.Common;
using Orleans.Concurrency;

namespace Incubator.Hubs;

/// <summary>
/// One organization's hub flag and links, keyed by the organization id. Linking updates both organizations: the hub's
/// grain owns the link and tells the supported organization's grain one-way, so two hubs linking each other at the same
/// moment never wait on each other.
/// </summary>
public interface IHubLinksGrain : IGrainWithGuidKey
{
    Task<HubLinks> GetAsync();

    /// <summary>Flags the organization as a hub or clears the flag; clearing is refused while it still supports organizations.</summary>
    Task<HubLinks> SetHubAsync(bool isHub, Actor actor);

    /// <summary>This hub starts supporting <paramref name="supportedId"/>; refused for a non-hub (409) and for itself (400). Linking again changes nothing.</summary>
    Task<HubLinks> LinkSupportedAsync(Guid supportedId, Actor actor);

    /// <summary>This hub stops supporting <paramref name="supportedId"/>; unlinking what is not linked changes nothing.</summary>
    Task<HubLinks> UnlinkSupportedAsync(Guid supportedId, Actor actor);

    /// <summary>
    /// Told by a hub's grain after it wrote the link, to keep the other side of it; <paramref name="change"/> is the hub's
    /// change count then, so a message overtaken by a newer one changes nothing.
    /// </summary>
    [OneWay]
    Task AttachHubAsync(HubLink hub, long change);

    /// <summary>Told by a hub's grain after it wrote that it no longer supports this organization.</summary>
    [OneWay]
    Task DetachHubAsync(Guid hubId, long change);
}
