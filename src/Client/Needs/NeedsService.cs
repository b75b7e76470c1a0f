using System.Globalization;
using Incubator.Client.Inbox;
using Incubator.Funding;
using Incubator.Geography;
using Incubator.Venues;
using Incubator.Inbox;
using Incubator.Needs;
using Incubator.Organizations;
using Microsoft.Extensions.Localization;

namespace Incubator.Client.Needs;

/// <summary>
/// Needs, matching, proposals and engagements for the API and the pages (docs/domain.md §10). Scope comes from
/// <see cref="UserScope"/>: the community's worker posts, proposes and closes; leaders and staff read their area's needs;
/// an organization and a social worker read and answer the proposals made to them. Outside one's scope: 404.
/// </summary>
public sealed class NeedsService(IClusterClient cluster, IMapper mapper, ScopeService scopes, IStringLocalizer<UiText> ui, TimeProvider time)
{
    public const int TeamsShown = 20;

    private INeedsDirectoryGrain Directory => cluster.GetGrain<INeedsDirectoryGrain>(0);

    public async Task<IReadOnlyList<NeedRowDto>> ListAsync(ClaimsPrincipal user, NeedStatus? status, Guid? areaId)
    {
        var scope = await scopes.ForAsync(user);
        var areas = scope.NeedAreas;
        if (areaId is { } area)
        {
            var allowed = areas is null ? scope.Geography.FindArea(area) is not null : areas.SelectMany(scope.AreaAndBelow).Contains(area);
            areas = allowed ? [area] : throw DomainException.NoSuch("areaId", "area", area);
        }

        if (areas is [])
        {
            return [];
        }

        return mapper.Map<IReadOnlyList<NeedRowDto>>(await Directory.NeedsAsync(new NeedFilter(areas, status)));
    }

    public async Task<NeedDto> PostAsync(ClaimsPrincipal user, PostNeedRequest request)
    {
        var scope = await scopes.ForAsync(user);
        var communityId = request.CommunityId ?? scope.OwnCommunityId;
        // Rights before the body's own rules: a caller who may not post here learns nothing about his input.
        if (communityId is { } named)
        {
            RequireManageCommunity(scope, named, "communityId");
        }

        var errors = new List<FieldError>();
        Required(errors, "communityId", communityId);
        Required(errors, "title", request.Title);
        Required(errors, "domain", request.Domain);
        Required(errors, "targetGroup", request.TargetGroup);
        Required(errors, "residentsAffected", request.ResidentsAffected);
        Required(errors, "urgency", request.Urgency);
        Required(errors, "wantedBy", request.WantedBy);
        DomainException.ThrowIfInvalid(errors);
        var command = new PostNeed(communityId!.Value, request.Title!, request.Domain!.Value, request.TargetGroup!.Value, request.ResidentsAffected!.Value,
            request.Urgency!.Value, request.WantedBy!.Value, request.Budget, request.Description);
        return mapper.Map<NeedDto>(await cluster.GetGrain<INeedGrain>(Guid.NewGuid()).PostAsync(command, user.Actor()));
    }

    public async Task<NeedDto> GetAsync(ClaimsPrincipal user, Guid id) => mapper.Map<NeedDto>(await ReadableAsync(user, id));

    public async Task<NeedDto> CloseAsync(ClaimsPrincipal user, Guid id, CloseNeedRequest request)
    {
        await ManageableAsync(user, id);
        return mapper.Map<NeedDto>(await cluster.GetGrain<INeedGrain>(id).CloseAsync(request.Reason ?? "", user.Actor()));
    }

    /// <summary>Candidate teams, best first, each factor with its points and the sentence saying why.</summary>
    public async Task<IReadOnlyList<RankedTeamDto>> TeamsAsync(ClaimsPrincipal user, Guid id)
    {
        var need = await ReadableAsync(user, id);
        var scope = await scopes.ForAsync(user);
        UserScope.Require(scope.SeesNeedsOf(need.CommunityId, need.SubdistrictId, need.DistrictId), ErrorCodes.CommunityWorkerOnly, ErrorArg.Phrase("action", "readsTeams"));
        var teams = await Directory.RankTeamsAsync(id, TeamsShown);
        return teams.Select(t => new RankedTeamDto(t.OrganizationId, t.OrganizationName, t.SocialWorkerId, t.SocialWorkerName, t.StationId, t.StationName,
            t.Stationed, t.Score, t.Factors.Select(f => new FactorScoreDto(f.Factor, f.Points, f.MaxPoints, f.Basis, Reason(need, f))).ToArray())).ToArray();
    }

    public async Task<ProposalDto> ProposeAsync(ClaimsPrincipal user, Guid id, ProposeTeamRequest request)
    {
        await ManageableAsync(user, id);
        var errors = new List<FieldError>();
        Required(errors, "organizationId", request.OrganizationId);
        Required(errors, "socialWorkerId", request.SocialWorkerId);
        Required(errors, "startsOn", request.StartsOn);
        Required(errors, "endsOn", request.EndsOn);
        Required(errors, "weeklyHours", request.WeeklyHours);
        Required(errors, "plannedHours", request.PlannedHours);
        if ((request.BudgetAreaId is null) != (request.BudgetYear is null) || (request.BudgetAreaId is null) != (request.ProjectId is null))
        {
            errors.Add(FieldError.Required(request.ProjectId is null ? "projectId" : "budgetAreaId"));
        }

        DomainException.ThrowIfInvalid(errors);
        var budgetKey = request.BudgetAreaId is { } budgetArea ? IBudgetGrain.KeyFor(budgetArea, request.BudgetYear!.Value) : null;
        var command = new ProposeTeam(request.OrganizationId!.Value, request.SocialWorkerId!.Value, request.StationId, request.SpaceId, budgetKey,
            request.ProjectId, request.StartsOn!.Value, request.EndsOn!.Value, request.WeeklyHours!.Value, request.PlannedHours!.Value);
        return mapper.Map<ProposalDto>(await cluster.GetGrain<INeedGrain>(id).ProposeAsync(command, user.Actor()));
    }

    public async Task<NeedDto> AnswerAsync(ClaimsPrincipal user, Guid id, Guid proposalId, AnswerProposalRequest request)
    {
        var need = await ReadableAsync(user, id);
        var proposal = need.Proposals.FirstOrDefault(p => p.Id == proposalId) ?? throw DomainException.NoSuch("proposalId", "proposal", proposalId);
        // Rights before the body: a caller who answers for neither side is refused before his input is read.
        var asOrganization = await AnswersForAsync(user, proposal, ProposalParty.Organization);
        var asSocialWorker = await AnswersForAsync(user, proposal, ProposalParty.SocialWorker);
        UserScope.Require(asOrganization || asSocialWorker, ErrorCodes.ProposalPartyOnly);
        var errors = new List<FieldError>();
        Required(errors, "party", request.Party);
        Required(errors, "accept", request.Accept);
        DomainException.ThrowIfInvalid(errors);
        var answersAsParty = request.Party switch
        {
            ProposalParty.Organization => asOrganization,
            ProposalParty.SocialWorker => asSocialWorker,
            _ => false,
        };
        UserScope.Require(answersAsParty, ErrorCodes.ProposalPartyOnly);
        return mapper.Map<NeedDto>(await cluster.GetGrain<INeedGrain>(id).AnswerAsync(proposalId, request.Party!.Value, request.Accept!.Value, request.Reason, user.Actor()));
    }

    public async Task<NeedDto> WithdrawAsync(ClaimsPrincipal user, Guid id, Guid proposalId)
    {
        await ManageableAsync(user, id);
        return mapper.Map<NeedDto>(await cluster.GetGrain<INeedGrain>(id).WithdrawAsync(proposalId, user.Actor()));
    }

    public async Task<EngagementPageDto> EngagementAsync(ClaimsPrincipal user, Guid engagementId)
    {
        var need = await EngagementNeedAsync(user, engagementId);
        return Page(need);
    }

    public async Task<EngagementPageDto> LogServiceAsync(ClaimsPrincipal user, Guid engagementId, LogServiceRequest request)
    {
        var need = await EngagementNeedAsync(user, engagementId);
        var engagement = need.Engagement!;
        var scope = await scopes.ForAsync(user);
        var allowed = scope.CanManageNeedsOf(need.CommunityId)
            || await ActsForOrganizationAsync(user, engagement.OrganizationId)
            || await IsSocialWorkerAsync(user, engagement.SocialWorkerId);
        UserScope.Require(allowed, ErrorCodes.ProposalPartyOnly);
        var errors = new List<FieldError>();
        Required(errors, "servedOn", request.ServedOn);
        Required(errors, "hours", request.Hours);
        Required(errors, "residentsServed", request.ResidentsServed);
        DomainException.ThrowIfInvalid(errors);
        return Page(await cluster.GetGrain<INeedGrain>(need.Id).LogServiceAsync(
            new LogService(request.ServedOn!.Value, request.Hours!.Value, request.ResidentsServed!.Value, request.Note), user.Actor()));
    }

    public async Task<EngagementPageDto> CloseEngagementAsync(ClaimsPrincipal user, Guid engagementId, CloseEngagementRequest request)
    {
        var need = await EngagementNeedAsync(user, engagementId);
        RequireManageCommunity(await scopes.ForAsync(user), need.CommunityId, "id");
        var errors = new List<FieldError>();
        Required(errors, "score", request.Score);
        Required(errors, "comment", request.Comment);
        DomainException.ThrowIfInvalid(errors);
        return Page(await cluster.GetGrain<INeedGrain>(need.Id).CloseEngagementAsync(new CloseEngagement(request.Score!.Value, request.Comment!), user.Actor()));
    }

    /// <summary>The proposals made to the user: his organization's (a representative) or his own (a social worker).</summary>
    public async Task<IReadOnlyList<ProposalRowDto>> MyProposalsAsync(ClaimsPrincipal user)
    {
        var scope = await scopes.ForAsync(user);
        if (scope.OwnOrganizationId is { } organizationId)
        {
            return mapper.Map<IReadOnlyList<ProposalRowDto>>(await Directory.ProposalsForOrganizationAsync(organizationId));
        }

        return scope.IsSocialWorker && await Directory.SocialWorkerOfAccountAsync(scope.Actor.UserId) is { } socialWorkerId
            ? mapper.Map<IReadOnlyList<ProposalRowDto>>(await Directory.ProposalsForSocialWorkerAsync(socialWorkerId))
            : [];
    }

    /// <summary>The social worker record of the signed-in social worker's account, or null.</summary>
    public async Task<Guid?> MySocialWorkerIdAsync(ClaimsPrincipal user) =>
        (await scopes.ForAsync(user)).IsSocialWorker ? await Directory.SocialWorkerOfAccountAsync(user.Actor().UserId) : null;

    /// <summary>What needs the user here: needs escalated to his subdistrict or district, proposals waiting for his answer.</summary>
    public async Task<IReadOnlyList<InboxItemDto>> InboxItemsAsync(ClaimsPrincipal user)
    {
        var scope = await scopes.ForAsync(user);
        var items = new List<InboxItemDto>();
        (IReadOnlyList<Guid> Subdistricts, IReadOnlyList<Guid> Districts) escalatedTo = scope.Role switch
        {
            Roles.DistrictLeader when scope.ScopeId is { } district => ([], [district]),
            Roles.IncubatorManager when scope.ScopeId is { } incubator && scope.Geography.FindIncubator(incubator) is { } record =>
                record.Tier == AreaLevel.Subdistrict ? ([record.AreaId], []) : record.Tier == AreaLevel.District ? ([], [record.AreaId]) : ([], []),
            _ => ([], []),
        };
        if (escalatedTo.Subdistricts.Count + escalatedTo.Districts.Count > 0)
        {
            foreach (var need in await Directory.EscalatedAsync(escalatedTo.Subdistricts, escalatedTo.Districts))
            {
                items.Add(new InboxItemDto($"{InboxKind.NeedEscalated}:{need.Id:N}", Guid.Empty, InboxAudience.Manager, InboxKind.NeedEscalated,
                    Guid.Empty, need.Title, new DateTimeOffset(need.DueOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), need.PostedAt));
            }
        }

        var waiting = scope.IsRepresentative
            ? (await MyProposalsAsync(user)).Where(p => p.Status == ProposalStatus.Pending && p.OrganizationAnswer == ProposalAnswer.Waiting)
            : scope.IsSocialWorker
                ? (await MyProposalsAsync(user)).Where(p => p.Status == ProposalStatus.Pending && p.SocialWorkerAnswer == ProposalAnswer.Waiting)
                : [];
        items.AddRange(waiting.Select(p => new InboxItemDto($"{InboxKind.ProposalWaiting}:{p.NeedId:N}:{p.ProposalId:N}", Guid.Empty,
            InboxAudience.Manager, InboxKind.ProposalWaiting, p.OrganizationId, p.NeedTitle, null, p.ProposedAt)));
        return items;
    }

    public async Task<NeedSettingsDto> SettingsAsync(ClaimsPrincipal user, Guid communityId)
    {
        var scope = await scopes.ForAsync(user);
        RequireVisibleCommunity(scope, communityId, "communityId");
        return new(communityId, await cluster.GetGrain<INeedSettingsGrain>(communityId).EscalationDaysAsync());
    }

    public async Task<NeedSettingsDto> SetSettingsAsync(ClaimsPrincipal user, Guid communityId, NeedSettingsRequest request)
    {
        RequireManageCommunity(await scopes.ForAsync(user), communityId, "communityId");
        var errors = new List<FieldError>();
        Required(errors, "escalationDays", request.EscalationDays);
        DomainException.ThrowIfInvalid(errors);
        return new(communityId, await cluster.GetGrain<INeedSettingsGrain>(communityId).SetEscalationDaysAsync(request.EscalationDays!.Value, user.Actor()));
    }

    /// <summary>Organizations of the user's district with capacity and no engagement in 90 days (leaders, staff, administrators).</summary>
    public async Task<IReadOnlyList<IdleOrganizationDto>> IdleOrganizationsAsync(ClaimsPrincipal user)
    {
        var scope = await scopes.ForAsync(user);
        var districts = LeaderDistricts(scope);
        if (districts is [])
        {
            return [];
        }

        var today = DateOnly.FromDateTime(VenueTime.ToLocal(time.GetUtcNow(), scope.TimeZoneId));
        return mapper.Map<IReadOnlyList<IdleOrganizationDto>>(await Directory.IdleOrganizationsAsync(districts, today));
    }

    /// <summary>Two tiers funding two organizations for the same target group in the same community (the user's district).</summary>
    public async Task<IReadOnlyList<DuplicateCommunitySupportDto>> DuplicateCommunitySupportAsync(ClaimsPrincipal user)
    {
        var districts = LeaderDistricts(await scopes.ForAsync(user));
        return districts is [] ? [] : mapper.Map<IReadOnlyList<DuplicateCommunitySupportDto>>(await Directory.DuplicateCommunitySupportAsync(districts));
    }

    /// <summary>Who the user may answer a proposal as: the organization's representative or manager; the social worker himself.</summary>
    public async Task<bool> AnswersForAsync(ClaimsPrincipal user, ProposalRecord proposal, ProposalParty party) => party switch
    {
        ProposalParty.Organization => await ActsForOrganizationAsync(user, proposal.OrganizationId),
        ProposalParty.SocialWorker => (await scopes.ForAsync(user)).IsAdministrator || await IsSocialWorkerAsync(user, proposal.SocialWorkerId),
        _ => false,
    };

    /// <summary>The need when the user may read it: in his area, or proposed to his organization or to him; 404 otherwise.</summary>
    public async Task<NeedRecord> ReadableAsync(ClaimsPrincipal user, Guid id, string field = "id")
    {
        var scope = await scopes.ForAsync(user);
        var need = await cluster.GetGrain<INeedGrain>(id).GetAsync();
        if (need is not null)
        {
            if (scope.SeesNeedsOf(need.CommunityId, need.SubdistrictId, need.DistrictId)
                || (scope.OwnOrganizationId is { } organization && need.Proposals.Any(p => p.OrganizationId == organization)))
            {
                return need;
            }

            if (scope.IsSocialWorker && await Directory.SocialWorkerOfAccountAsync(scope.Actor.UserId) is { } socialWorkerId
                && need.Proposals.Any(p => p.SocialWorkerId == socialWorkerId))
            {
                return need;
            }
        }

        throw DomainException.NoSuch(field, "need", id);
    }

    private async Task<NeedRecord> ManageableAsync(ClaimsPrincipal user, Guid id)
    {
        var need = await ReadableAsync(user, id);
        RequireManageCommunity(await scopes.ForAsync(user), need.CommunityId, "id");
        return need;
    }

    private async Task<NeedRecord> EngagementNeedAsync(ClaimsPrincipal user, Guid engagementId)
    {
        var needId = await Directory.NeedOfEngagementAsync(engagementId) ?? throw DomainException.NoSuch("id", "engagement", engagementId);
        var need = await ReadableAsync(user, needId);
        return need.Engagement?.Id == engagementId ? need : throw DomainException.NoSuch("id", "engagement", engagementId);
    }

    private EngagementPageDto Page(NeedRecord need) => new(mapper.Map<NeedDto>(need), mapper.Map<EngagementDto>(need.Engagement!));

    private async Task<bool> ActsForOrganizationAsync(ClaimsPrincipal user, Guid organizationId)
    {
        var scope = await scopes.ForAsync(user);
        if (scope.IsRepresentativeOf(organizationId) || scope.IsAdministrator)
        {
            return true;
        }

        var organization = await cluster.GetGrain<IOrganizationGrain>(organizationId).GetAsync();
        return organization is not null && scope.CanActFor(organization);
    }

    private async Task<bool> IsSocialWorkerAsync(ClaimsPrincipal user, Guid socialWorkerId) =>
        (await scopes.ForAsync(user)).IsSocialWorker && await Directory.SocialWorkerOfAccountAsync(user.Actor().UserId) == socialWorkerId;

    private static IReadOnlyList<Guid>? LeaderDistricts(UserScope scope) => scope.Role switch
    {
        Roles.Administrator => null,
        Roles.DistrictLeader => scope.ScopeId is { } district ? [district] : [],
        Roles.IncubatorManager => scope.ScopeId is { } incubator && scope.Geography.FindIncubator(incubator) is { } record ? [record.DistrictId] : [],
        _ => [],
    };

    /// <summary>404 naming <paramref name="field"/> for a community outside the user's scope, 403 for one he may only read.</summary>
    private static void RequireManageCommunity(UserScope scope, Guid communityId, string field)
    {
        RequireVisibleCommunity(scope, communityId, field);
        UserScope.Require(scope.CanManageNeedsOf(communityId), ErrorCodes.CommunityWorkerOnly, ErrorArg.Phrase("action", "managesNeeds"));
    }

    private static void RequireVisibleCommunity(UserScope scope, Guid communityId, string field)
    {
        var community = scope.Geography.FindArea(communityId);
        if (community is not { Level: AreaLevel.Community })
        {
            throw DomainException.NoSuch(field, "area", communityId);
        }

        var subdistrict = community.ParentId ?? community.Id;
        var district = scope.Geography.DistrictOf(community.Id)?.Id ?? subdistrict;
        if (!scope.SeesNeedsOf(community.Id, subdistrict, district))
        {
            throw DomainException.NoSuch(field, "area", communityId);
        }
    }

    private string Reason(NeedRecord need, FactorScore factor) => factor.Factor switch
    {
        MatchFactor.Domain => ui["MatchReason.Domain", ui[$"Domain.{need.Domain}"]].Value,
        MatchFactor.TargetGroup => ui[$"MatchReason.TargetGroup.{factor.Basis}", ui[$"TargetGroup.{need.TargetGroup}"]].Value,
        MatchFactor.Geography => ui[$"MatchReason.Geography.{factor.Basis}"].Value,
        MatchFactor.Capacity => ui["MatchReason.Capacity", factor.Basis].Value,
        MatchFactor.Hours => ui["MatchReason.Hours", factor.Basis].Value,
        MatchFactor.Skill => ui[$"MatchReason.Skill.{factor.Basis}", ui[$"Domain.{need.Domain}"]].Value,
        MatchFactor.TrackRecord => factor.Basis.Split('|') is [var done, var score] && done != "0"
            ? score.Length > 0 ? ui["MatchReason.TrackRecord", done, score].Value : ui["MatchReason.TrackRecord.noFeedback", done].Value
            : ui["MatchReason.TrackRecord.none"].Value,
        _ => factor.Basis,
    };

    private static void Required(List<FieldError> errors, string field, object? value)
    {
        if (value is null || (value is string text && string.IsNullOrWhiteSpace(text)))
        {
            errors.Add(FieldError.Required(field));
        }
    }
}
