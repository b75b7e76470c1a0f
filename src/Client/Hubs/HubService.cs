using System.Security.Claims;
using AutoMapper;
using Incubator.Client.Accounts;
using Incubator.Client.Infrastructure;
using Incubator.Client.Organizations;
using Incubator.Common;
using Incubator.Hubs;

namespace Incubator.Client.Hubs;

/// <summary>
/// Hub/support organizations (枢纽型、支持型社会组织) as a signed-in user may see and change them: whoever may read an
/// organization sees its links; the hub's incubator manager or an administrator flags it and links organizations he can see.
/// </summary>
public sealed class HubService(IClusterClient cluster, OrganizationService organizations, IMapper mapper)
{
    public async Task<HubLinksDto> GetAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await organizations.GetAsync(user, organizationId);
        return mapper.Map<HubLinksDto>(await Links(organizationId).GetAsync());
    }

    public async Task<HubLinksDto> SetHubAsync(ClaimsPrincipal user, Guid organizationId, bool isHub)
    {
        await EnsureCanManageAsync(user, organizationId);
        return mapper.Map<HubLinksDto>(await Links(organizationId).SetHubAsync(isHub, user.Actor()));
    }

    public async Task<HubLinksDto> LinkAsync(ClaimsPrincipal user, Guid hubId, Guid supportedId)
    {
        await EnsureCanManageAsync(user, hubId);
        try
        {
            // Only organizations the user can see may be linked, so an id outside his scope reveals nothing.
            await organizations.GetAsync(user, supportedId);
        }
        catch (DomainException e) when (e.Kind == DomainErrorKind.NotFound)
        {
            throw DomainException.NotFound("supportedId", $"There is no organization {supportedId} you can see.");
        }

        return mapper.Map<HubLinksDto>(await Links(hubId).LinkSupportedAsync(supportedId, user.Actor()));
    }

    /// <summary>Needs only the hub in scope, so a link to an organization that has since moved elsewhere can still be removed.</summary>
    public async Task<HubLinksDto> UnlinkAsync(ClaimsPrincipal user, Guid hubId, Guid supportedId)
    {
        await EnsureCanManageAsync(user, hubId);
        return mapper.Map<HubLinksDto>(await Links(hubId).UnlinkSupportedAsync(supportedId, user.Actor()));
    }

    /// <summary>404 outside the user's scope (through <see cref="OrganizationService.GetAsync"/>), 403 when he may only read.</summary>
    private async Task EnsureCanManageAsync(ClaimsPrincipal user, Guid organizationId)
    {
        var organization = await organizations.GetAsync(user, organizationId);
        if (!AccessPolicy.CanManage(user, organization.IncubatorId))
        {
            throw new AccessDeniedException("Only the incubator's manager or an administrator changes hub links.");
        }
    }

    private IHubLinksGrain Links(Guid organizationId) => cluster.GetGrain<IHubLinksGrain>(organizationId);
}
