using Incubator.Hubs;

namespace Incubator.Client.Hubs;

/// <summary>
/// Hub/support organizations (枢纽型、支持型社会组织) as a signed-in user may see and change them: whoever may read an
/// organization sees its links; the hub's incubator manager or an administrator flags it and links organizations he can see.
/// </summary>
public sealed class HubService(IClusterClient cluster, ScopeService scopes, IMapper mapper)
{
    public async Task<HubLinksDto> GetAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await scopes.ReadableAsync(user, organizationId);
        return mapper.Map<HubLinksDto>(await Links(organizationId).GetAsync());
    }

    public async Task<HubLinksDto> SetHubAsync(ClaimsPrincipal user, Guid organizationId, bool isHub)
    {
        await scopes.ManageableAsync(user, organizationId, "changesHubLinks");
        return mapper.Map<HubLinksDto>(await Links(organizationId).SetHubAsync(isHub, user.Actor()));
    }

    public async Task<HubLinksDto> LinkAsync(ClaimsPrincipal user, Guid hubId, Guid supportedId)
    {
        await scopes.ManageableAsync(user, hubId, "changesHubLinks");
        // Only organizations the user can see may be linked, so an id outside his scope reveals nothing.
        await scopes.ReadableAsync(user, supportedId, "supportedId");

        return mapper.Map<HubLinksDto>(await Links(hubId).LinkSupportedAsync(supportedId, user.Actor()));
    }

    /// <summary>Needs only the hub in scope, so a link to an organization that has since moved elsewhere can still be removed.</summary>
    public async Task<HubLinksDto> UnlinkAsync(ClaimsPrincipal user, Guid hubId, Guid supportedId)
    {
        await scopes.ManageableAsync(user, hubId, "changesHubLinks");
        return mapper.Map<HubLinksDto>(await Links(hubId).UnlinkSupportedAsync(supportedId, user.Actor()));
    }

    private IHubLinksGrain Links(Guid organizationId) => cluster.GetGrain<IHubLinksGrain>(organizationId);
}
