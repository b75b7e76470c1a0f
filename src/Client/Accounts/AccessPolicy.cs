using System.Security.Claims;
using Incubator.Geography;
using Incubator.HandOffs;
using Incubator.Organizations;

namespace Incubator.Client.Accounts;

/// <summary>
/// Who may see and change which organizations (docs/domain.md §2): administrators everything, a district leader his
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

    /// <summary>Current scope, or an incubator that held the organization before (read-only, that period only).</summary>
    /// <summary>Also the manager an organization is waiting to be handed to, so he can judge it before accepting.</summary>
    public static bool CanRead(ClaimsPrincipal user, OrganizationRecord organization, GeographySnapshot geography) =>
        SeesCurrently(user, organization, geography)
        || PastTenuresVisibleTo(user, organization, geography).Count > 0
        || (organization.PendingHandOff is { } handOff && CanManage(user, handOff.ToIncubatorId));

    /// <summary>The organization is in the user's scope now (not only through its history).</summary>
    public static bool SeesCurrently(ClaimsPrincipal user, OrganizationRecord organization, GeographySnapshot geography) =>
        (user.IsInRole(Roles.OrganizationRepresentative) && user.ScopeId() == organization.Id)
        || VisibleIncubators(user, geography) is not { } incubators
        || incubators.Contains(organization.IncubatorId);

    /// <summary>Closed periods in which an incubator of the user's scope held the organization.</summary>
    public static IReadOnlyList<IncubatorTenure> PastTenuresVisibleTo(ClaimsPrincipal user, OrganizationRecord organization, GeographySnapshot geography)
    {
        var visible = VisibleIncubators(user, geography);
        return organization.Tenures.Where(t => t.To is not null && (visible is null || visible.Contains(t.IncubatorId))).ToArray();
    }

    /// <summary>Party-track work: the incubator's party-building officer, its manager, or an administrator.</summary>
    public static bool CanDoPartyWork(ClaimsPrincipal user, Guid incubatorId) =>
        CanManage(user, incubatorId) || (user.IsInRole(Roles.PartyBuildingOfficer) && user.ScopeId() == incubatorId);

    /// <summary>Filing and admission are the incubator's decisions: its manager's, or an administrator's.</summary>
    public static bool CanManage(ClaimsPrincipal user, Guid incubatorId) =>
        user.IsInRole(Roles.Administrator)
        || (user.IsInRole(Roles.IncubatorManager) && user.ScopeId() == incubatorId);
}
