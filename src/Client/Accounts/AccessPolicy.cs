using System.Security.Claims;
using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Accounts;

/// <summary>
/// Who may see and change which organizations (domain.md §2): administrators everything, a district leader his
/// district's incubators, a manager or party-building officer his incubator, a representative his own organization.
/// </summary>
public static class AccessPolicy
{
    /// <summary>The incubators whose organizations the user may list; null means all.</summary>
    public static IReadOnlyList<Guid>? VisibleIncubators(ClaimsPrincipal user, GeographySnapshot geography)
    {
        var scope = user.ScopeId();
        return user.Role() switch
        {
            Roles.Administrator => null,
            Roles.DistrictLeader => geography.Incubators.Where(i => i.DistrictId == scope).Select(i => i.Id).ToArray(),
            Roles.IncubatorManager or Roles.PartyBuildingOfficer => scope is { } id ? [id] : [],
            Roles.CommunityWorker => geography.Incubators.Where(i => i.AreaId == scope).Select(i => i.Id).ToArray(),
            _ => [],
        };
    }

    public static bool CanRead(ClaimsPrincipal user, OrganizationRecord organization, GeographySnapshot geography) =>
        (user.IsInRole(Roles.OrganizationRepresentative) && user.ScopeId() == organization.Id)
        || VisibleIncubators(user, geography) is not { } incubators
        || incubators.Contains(organization.IncubatorId);

    /// <summary>Filing and admission are the incubator's decisions: its manager's, or an administrator's.</summary>
    public static bool CanManage(ClaimsPrincipal user, Guid incubatorId) =>
        user.IsInRole(Roles.Administrator)
        || (user.IsInRole(Roles.IncubatorManager) && user.ScopeId() == incubatorId);
}
