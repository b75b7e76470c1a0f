using System.Security.Claims;
using Incubator.Client.Accounts;
using Incubator.Client.Infrastructure;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Organizations;

/// <summary>Loads an organization for a user, or refuses the way every feature must: 404 outside his scope, 403 when he may only read.</summary>
public sealed class OrganizationAccess(IClusterClient cluster)
{
    /// <summary>The organization when the user may change it: 404 outside his scope, 403 when he may only read it.</summary>
    public async Task<OrganizationRecord> ManageableAsync(ClaimsPrincipal user, Guid id, string whatOnlyManagersDo)
    {
        var organization = await ReadableAsync(user, id);
        return AccessPolicy.CanManage(user, organization.IncubatorId)
            ? organization
            : throw new AccessDeniedException($"Only the incubator's manager or an administrator {whatOnlyManagersDo}.");
    }

    /// <summary>The organization when the user may read it; otherwise 404, so that ids outside one's scope reveal nothing.</summary>
    public async Task<OrganizationRecord> ReadableAsync(ClaimsPrincipal user, Guid id)
    {
        var organization = await cluster.GetGrain<IOrganizationGrain>(id).GetAsync();
        if (organization is null || !AccessPolicy.CanRead(user, organization, await cluster.GeographyAsync()))
        {
            throw DomainException.NotFound("id", $"There is no organization {id} you can see.");
        }

        return organization;
    }

    /// <summary>The organization when the user may do party-track work on it (officer of its incubator, manager, administrator).</summary>
    public async Task<OrganizationRecord> PartyWorkableAsync(ClaimsPrincipal user, Guid id)
    {
        var organization = await ReadableAsync(user, id);
        return AccessPolicy.CanDoPartyWork(user, organization.IncubatorId)
            ? organization
            : throw new AccessDeniedException("Only the incubator's party-building officer, its manager or an administrator records the party track.");
    }
}
