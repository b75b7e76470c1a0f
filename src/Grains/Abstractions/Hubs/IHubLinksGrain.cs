using Incubator.Common;

namespace Incubator.Hubs;

/// <summary>One organization's hub flag and links, keyed by the organization id. Linking updates both organizations.</summary>
public interface IHubLinksGrain : IGrainWithGuidKey
{
    Task<HubLinks> GetAsync();

    /// <summary>Flags the organization as a hub or clears the flag; clearing is refused while it still supports organizations.</summary>
    Task<HubLinks> SetHubAsync(bool isHub, Actor actor);

    /// <summary>This hub starts supporting <paramref name="supportedId"/>; refused for a non-hub (409) and for itself (400). Linking again changes nothing.</summary>
    Task<HubLinks> LinkSupportedAsync(Guid supportedId, Actor actor);

    /// <summary>This hub stops supporting <paramref name="supportedId"/>; unlinking what is not linked changes nothing.</summary>
    Task<HubLinks> UnlinkSupportedAsync(Guid supportedId, Actor actor);

    /// <summary>Called by a hub's grain on the organization it supports, to keep the other side of the link.</summary>
    Task AttachHubAsync(HubLink hub);

    /// <summary>Called by a hub's grain on an organization it no longer supports.</summary>
    Task DetachHubAsync(Guid hubId);
}
