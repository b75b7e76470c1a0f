namespace Incubator.Client.Accounts;

/// <summary>The roles of docs/domain.md §2. What an account's ScopeId names depends on its role.</summary>
public static class Roles
{
    /// <summary>平台管理员: everything.</summary>
    public const string Administrator = "Administrator";
    /// <summary>区领导/民政局: one district; scope = district area id.</summary>
    public const string DistrictLeader = "DistrictLeader";
    /// <summary>孵化园/中心管理员: one incubator; scope = incubator id.</summary>
    public const string IncubatorManager = "IncubatorManager";
    /// <summary>党建指导员: one incubator; scope = incubator id.</summary>
    public const string PartyBuildingOfficer = "PartyBuildingOfficer";
    /// <summary>社区工作者: one community; scope = community area id.</summary>
    public const string CommunityWorker = "CommunityWorker";
    /// <summary>社工: own profile; no scope.</summary>
    public const string SocialWorker = "SocialWorker";
    /// <summary>社会组织代表: own organization; scope = organization id.</summary>
    public const string OrganizationRepresentative = "OrganizationRepresentative";
    /// <summary>志愿者: own profile; no scope.</summary>
    public const string Volunteer = "Volunteer";

    /// <summary>The staff of the platform's areas (everyone but social workers, representatives and volunteers), for [Authorize(Roles = …)].</summary>
    public const string Staff = $"{Administrator},{DistrictLeader},{IncubatorManager},{PartyBuildingOfficer},{CommunityWorker}";

    public static IReadOnlyList<string> All { get; } =
    [
        Administrator, DistrictLeader, IncubatorManager, PartyBuildingOfficer,
        CommunityWorker, SocialWorker, OrganizationRepresentative, Volunteer,
    ];

    /// <summary>What the scope id of an account in <paramref name="role"/> must name.</summary>
    public static ScopeKind ScopeOf(string role) => role switch
    {
        DistrictLeader => ScopeKind.District,
        IncubatorManager or PartyBuildingOfficer => ScopeKind.Incubator,
        CommunityWorker => ScopeKind.Community,
        OrganizationRepresentative => ScopeKind.Organization,
        _ => ScopeKind.None,
    };
}
