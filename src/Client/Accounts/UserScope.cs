using Incubator.Geography;
using Incubator.HandOffs;
using Incubator.Organizations;
using Incubator.SocialWorkers;

namespace Incubator.Client.Accounts;

/// <summary>
/// What one signed-in user may see and change (docs/domain.md §2), worked out once from his role, his scope, the geography
/// and, for a representative, his organization's incubator. Administrators see everything; a district leader his
/// district's incubators; a manager or party-building officer his incubator; a community worker his community's
/// incubators; a representative his own organization. Every feature asks this; no other class decides scope.
/// </summary>
public sealed class UserScope
{
    private readonly IReadOnlyList<Guid>? _staffIncubators;

    public UserScope(ClaimsPrincipal user, GeographySnapshot geography, Guid? ownOrganizationIncubatorId)
    {
        User = user;
        Geography = geography;
        Role = user.Role();
        ScopeId = user.ScopeId();
        _staffIncubators = Role switch
        {
            Roles.Administrator => null,
            Roles.DistrictLeader => geography.Incubators.Where(i => i.DistrictId == ScopeId).Select(i => i.Id).ToArray(),
            Roles.IncubatorManager or Roles.PartyBuildingOfficer => ScopeId is { } id ? [id] : [],
            Roles.CommunityWorker => geography.Incubators.Where(i => i.AreaId == ScopeId).Select(i => i.Id).ToArray(),
            _ => [],
        };
        HomeIncubators = IsRepresentative
            ? ownOrganizationIncubatorId is { } home ? [home] : []
            : _staffIncubators;
    }

    public ClaimsPrincipal User { get; }

    /// <summary>The zone of the user's area (his district, community, incubator's or organization's incubator's area); Asia/Shanghai otherwise.</summary>
    public string TimeZoneId => Role switch
    {
        Roles.DistrictLeader or Roles.CommunityWorker => Geography.TimeZoneOf(ScopeId),
        Roles.IncubatorManager or Roles.PartyBuildingOfficer => ScopeId is { } incubator ? Geography.TimeZoneOfIncubator(incubator) : Geography.TimeZoneOf(null),
        _ => HomeIncubators is [var home, ..] ? Geography.TimeZoneOfIncubator(home) : Geography.TimeZoneOf(null),
    };

    public GeographySnapshot Geography { get; }

    public string? Role { get; }

    /// <summary>The area, incubator or organization the account is bound to, depending on its role.</summary>
    public Guid? ScopeId { get; }

    public Actor Actor => User.Actor();

    public bool IsAdministrator => Role == Roles.Administrator;

    public bool IsDistrictLeader => Role == Roles.DistrictLeader;

    public bool IsRepresentative => Role == Roles.OrganizationRepresentative;

    public bool IsSocialWorker => Role == Roles.SocialWorker;

    /// <summary>The representative's own organization; null for every other role.</summary>
    public Guid? OwnOrganizationId => IsRepresentative ? ScopeId : null;

    /// <summary>The incubators whose organizations the user may list as staff; null means all.</summary>
    public IReadOnlyList<Guid>? VisibleIncubators => _staffIncubators;

    /// <summary>The incubators the user belongs to (null = all): the staff's incubators, or a representative's organization's incubator.</summary>
    public IReadOnlyList<Guid>? HomeIncubators { get; }

    /// <summary>Whose training the user may see (null = all): social workers may take any incubator's courses.</summary>
    public IReadOnlyList<Guid>? TrainingIncubators => IsSocialWorker ? null : HomeIncubators;

    public bool IsRepresentativeOf(Guid organizationId) => OwnOrganizationId == organizationId;

    public bool SeesIncubator(Guid incubatorId) => _staffIncubators is null || _staffIncubators.Contains(incubatorId);

    public bool IsHomeIncubator(Guid incubatorId) => HomeIncubators is null || HomeIncubators.Contains(incubatorId);

    public bool SeesTrainingOf(Guid incubatorId) => TrainingIncubators is null || TrainingIncubators.Contains(incubatorId);

    /// <summary>Filing, admission and the incubator's other decisions: its manager's, or an administrator's.</summary>
    public bool CanManage(Guid incubatorId) => IsAdministrator || (Role == Roles.IncubatorManager && ScopeId == incubatorId);

    /// <summary>Party-track work: the incubator's party-building officer, its manager, or an administrator.</summary>
    public bool CanDoPartyWork(Guid incubatorId) => CanManage(incubatorId) || (Role == Roles.PartyBuildingOfficer && ScopeId == incubatorId);

    /// <summary>
    /// Current scope, an incubator that held the organization before (read-only, that period only), or the manager it
    /// is waiting to be handed to, so he can judge it before accepting.
    /// </summary>
    public bool CanRead(OrganizationRecord organization) =>
        SeesCurrently(organization)
        || PastTenuresVisibleTo(organization).Count > 0
        || (organization.PendingHandOff is { } handOff && CanManage(handOff.ToIncubatorId));

    /// <summary>The organization is in the user's scope now (not only through its history).</summary>
    public bool SeesCurrently(OrganizationRecord organization) =>
        IsRepresentativeOf(organization.Id) || SeesIncubator(organization.IncubatorId);

    /// <summary>Closed periods in which an incubator of the user's scope held the organization.</summary>
    public IReadOnlyList<IncubatorTenure> PastTenuresVisibleTo(OrganizationRecord organization) =>
        organization.Tenures.Where(t => t.To is not null && SeesIncubator(t.IncubatorId)).ToArray();

    /// <summary>A representative acts for his own organization; staff for one at an incubator they manage.</summary>
    /// <summary>
    /// Who needs an organization's contact person and phone unmasked (PIPL): its representative, its incubator's manager and
    /// party-building officer, administrators. District leaders, community workers, earlier incubators, social workers
    /// and volunteers see them masked.
    /// </summary>
    public bool SeesContactsOf(OrganizationRecord organization) => CanActFor(organization) || CanDoPartyWork(organization.IncubatorId);

    public bool CanActFor(OrganizationRecord organization) => IsRepresentativeOf(organization.Id) || CanManage(organization.IncubatorId);

    /// <summary>Budgets of an area: administrators, the district's leader and the managers of its incubators read them.</summary>
    public bool CanReadBudgetsOf(Guid areaId)
    {
        var district = Geography.DistrictOf(areaId)?.Id;
        return IsAdministrator
            || (IsDistrictLeader && ScopeId == district)
            || (Role == Roles.IncubatorManager && ScopeId is { } incubator && Geography.FindIncubator(incubator)?.DistrictId == district);
    }

    /// <summary>Setting the allocation and closing the year: the district leader's decision (or an administrator's).</summary>
    public bool CanGovernBudgetsOf(Guid areaId) => IsAdministrator || (IsDistrictLeader && ScopeId == Geography.DistrictOf(areaId)?.Id);

    /// <summary>Projects, awards and payments: also the manager of an incubator in the budget's own area.</summary>
    public bool CanSpendBudgetsOf(Guid areaId) =>
        CanGovernBudgetsOf(areaId)
        || (Role == Roles.IncubatorManager && ScopeId is { } incubator && Geography.FindIncubator(incubator)?.AreaId == areaId);

    // Social workers (issue 11, docs/domain.md §8): a social worker sees his own record; staff and leaders the social
    // workers of their district; their managers and leaders register and change them.

    /// <summary>The districts whose social workers the user may list (null = all); none for a social worker, who sees only his own record.</summary>
    public IReadOnlyList<Guid>? SocialWorkerDistricts => Role switch
    {
        Roles.Administrator => null,
        Roles.DistrictLeader => ScopeId is { } district ? [district] : [],
        Roles.IncubatorManager or Roles.PartyBuildingOfficer =>
            ScopeId is { } incubator && Geography.FindIncubator(incubator) is { } record ? [record.DistrictId] : [],
        Roles.CommunityWorker => ScopeId is { } community && Geography.DistrictOf(community) is { } district ? [district.Id] : [],
        _ => [],
    };

    /// <summary>The record is the signed-in social worker's own (his account is linked to it).</summary>
    public bool IsOwnSocialWorkerRecord(SocialWorkerRecord socialWorker) =>
        IsSocialWorker && socialWorker.AccountUserId is { } account && account == Actor.UserId;

    public bool CanReadSocialWorker(SocialWorkerRecord socialWorker) =>
        IsOwnSocialWorkerRecord(socialWorker) || SocialWorkerDistricts is null || SocialWorkerDistricts.Contains(socialWorker.DistrictId);

    /// <summary>Registering and changing social workers of a district: its leader, the managers of its incubators, administrators.</summary>
    public bool CanManageSocialWorkersIn(Guid districtId) =>
        IsAdministrator
        || (IsDistrictLeader && ScopeId == districtId)
        || (Role == Roles.IncubatorManager && ScopeId is { } incubator && Geography.FindIncubator(incubator)?.DistrictId == districtId);

    /// <summary>
    /// Who needs a social worker's phone unmasked (PIPL): he himself and those who register and change his record. Party-building
    /// officers and community workers, who only read him, see it masked.
    /// </summary>
    public bool SeesPhoneOf(SocialWorkerRecord socialWorker) =>
        IsOwnSocialWorkerRecord(socialWorker) || CanManageSocialWorkersIn(socialWorker.DistrictId);

    /// <summary>
    /// The area whose communities the user reads (docs/domain.md §2): a district leader's district, a community worker's
    /// community, a manager's or party-building officer's incubator's area; null for everyone else (administrators read all).
    /// </summary>
    public Guid? CommunityArea => Role switch
    {
        Roles.DistrictLeader or Roles.CommunityWorker => ScopeId,
        Roles.IncubatorManager or Roles.PartyBuildingOfficer => ScopeId is { } incubator ? Geography.FindIncubator(incubator)?.AreaId : null,
        _ => null,
    };

    /// <summary>An area (and what lies below it) whose communities, stations and coverage the user may read.</summary>
    public bool CanReadArea(Guid areaId) =>
        Geography.FindArea(areaId) is not null && (IsAdministrator || (CommunityArea is { } top && Geography.IsWithin(areaId, top)));

    public bool CanReadCommunity(Guid communityId) =>
        Geography.FindArea(communityId) is { Level: AreaLevel.Community } && CanReadArea(communityId);

    /// <summary>
    /// Keeping a community's record (profile, stationings, its stations): its community worker, the manager of the community's
    /// own incubator, or an administrator. Leaders and other incubators read only.
    /// </summary>
    public bool CanKeepCommunity(Guid communityId) =>
        IsAdministrator
        || (Role == Roles.CommunityWorker && ScopeId == communityId)
        || (Role == Roles.IncubatorManager && ScopeId is { } incubator && Geography.FindIncubator(incubator)?.AreaId == communityId);

    /// <summary>A community the user may read, or 404 naming <paramref name="field"/>.</summary>
    public AreaRecord RequireReadableCommunity(Guid communityId, string field = "id") =>
        CanReadCommunity(communityId) ? Geography.FindArea(communityId)! : throw DomainException.NoSuch(field, "community", communityId);

    /// <summary>A community the user keeps: 404 outside his scope, 403 when he may only read it.</summary>
    public AreaRecord RequireKeptCommunity(Guid communityId, string field = "id")
    {
        var community = RequireReadableCommunity(communityId, field);
        Require(CanKeepCommunity(communityId), ErrorCodes.CommunityKeeperOnly);
        return community;
    }

    // Needs, matching and the service list (docs/domain.md §10).

    /// <summary>The community worker's community; null for every other role.</summary>
    public Guid? OwnCommunityId => Role == Roles.CommunityWorker ? ScopeId : null;

    /// <summary>
    /// The areas whose needs the user lists (null = all): a community worker his community, a district leader his district,
    /// a manager or party-building officer the area his incubator sits in (a subdistrict's or a district's needs).
    /// Representatives and social workers read the needs proposed to them instead.
    /// </summary>
    public IReadOnlyList<Guid>? NeedAreas => Role switch
    {
        Roles.Administrator => null,
        Roles.CommunityWorker or Roles.DistrictLeader => ScopeId is { } area ? [area] : [],
        Roles.IncubatorManager or Roles.PartyBuildingOfficer => ScopeId is { } incubator && Geography.FindIncubator(incubator) is { } record ? [record.AreaId] : [],
        _ => [],
    };

    /// <summary>A need of these areas lies in the user's scope (see <see cref="NeedAreas"/>).</summary>
    public bool SeesNeedsOf(Guid communityId, Guid subdistrictId, Guid districtId) =>
        NeedAreas is not { } areas || areas.Contains(communityId) || areas.Contains(subdistrictId) || areas.Contains(districtId);

    /// <summary>Posting, proposing, closing and feedback: the community's own worker (or an administrator).</summary>
    public bool CanManageNeedsOf(Guid communityId) => IsAdministrator || OwnCommunityId == communityId;

    /// <summary>
    /// The areas whose service offers the user reads (null = all): offers serving any of them. A community worker reads
    /// his subdistrict's list (offers serving the subdistrict, any of its communities or the whole district); district
    /// leaders and staff their district's.
    /// </summary>
    public IReadOnlyList<Guid>? ServiceListAreas
    {
        get
        {
            if (IsAdministrator)
            {
                return null;
            }

            Guid? root = Role switch
            {
                Roles.CommunityWorker => ScopeId is { } community && Geography.FindArea(community) is { ParentId: { } parent } ? parent : ScopeId,
                Roles.DistrictLeader => ScopeId,
                Roles.IncubatorManager or Roles.PartyBuildingOfficer => ScopeId is { } incubator ? Geography.FindIncubator(incubator)?.DistrictId : null,
                _ => null,
            };
            if (root is not { } rootId)
            {
                return [];
            }

            var below = AreaAndBelow(rootId);
            return Geography.DistrictOf(rootId) is { } district && district.Id != rootId ? [.. below, district.Id] : below;
        }
    }

    // Volunteers (issue 12): a volunteer reads every activity and only his own record; staff read their district's activities.

    public bool IsVolunteer => Role == Roles.Volunteer;

    /// <summary>Listing a district's volunteer activities: volunteers (they are public calls), administrators, and staff of that district.</summary>
    public bool CanReadVolunteerActivitiesOf(Guid districtId) =>
        Geography.FindArea(districtId) is { Level: AreaLevel.District }
        && (IsVolunteer || SocialWorkerDistricts is null || SocialWorkerDistricts.Contains(districtId));

    /// <summary>An area and every area under it.</summary>
    public IReadOnlyList<Guid> AreaAndBelow(Guid areaId)
    {
        var found = new List<Guid> { areaId };
        for (var i = 0; i < found.Count; i++)
        {
            found.AddRange(Geography.Areas.Where(a => a.ParentId == found[i]).Select(a => a.Id));
        }

        return found;
    }

    /// <summary>An incubator the user may see, or 404 naming <paramref name="field"/>: ids outside one's scope reveal nothing.</summary>
    public IncubatorRecord RequireVisibleIncubator(Guid incubatorId, string field = "incubatorId") =>
        Geography.FindIncubator(incubatorId) is { } incubator && SeesIncubator(incubatorId)
            ? incubator
            : throw DomainException.NoSuch(field, "incubator", incubatorId);

    /// <summary>
    /// The incubator a new record is created at: 400 naming incubatorId when there is none, 403 unless the user manages it;
    /// <paramref name="action"/> is a phrase of ErrorText completing "Only the incubator's manager or an administrator …".
    /// </summary>
    public void RequireIncubatorToCreateAt(Guid incubatorId, string action)
    {
        if (Geography.FindIncubator(incubatorId) is null)
        {
            throw DomainException.NoSuchInput("incubatorId", "incubator", incubatorId);
        }

        RequireManage(incubatorId, action);
    }

    /// <summary>
    /// The incubators a list reads: all of <paramref name="allowed"/> (null = every incubator), or just
    /// <paramref name="incubatorId"/> when it is given and allowed; 404 when it is not, so ids outside one's scope reveal nothing.
    /// </summary>
    public IReadOnlyList<Guid> IncubatorsToList(IReadOnlyList<Guid>? allowed, Guid? incubatorId)
    {
        IReadOnlyList<Guid> incubators = allowed ?? Geography.Incubators.Select(i => i.Id).ToArray();
        return incubatorId is not { } id ? incubators
            : incubators.Contains(id) ? [id]
            : throw DomainException.NoSuch("incubatorId", "incubator", id);
    }

    /// <summary>403 unless the user manages the incubator; <paramref name="action"/> is a phrase of ErrorText ("opensCohorts") completing "Only the incubator's manager or an administrator …".</summary>
    public void RequireManage(Guid incubatorId, string action) =>
        Require(CanManage(incubatorId), ErrorCodes.ManagerOnly, ErrorArg.Phrase("action", action));

    /// <summary>403 with the message <paramref name="code"/> unless <paramref name="allowed"/>.</summary>
    public static void Require(bool allowed, string code, params ErrorArg[] args)
    {
        if (!allowed)
        {
            throw DomainException.Forbidden(code, args);
        }
    }
}
