using System.Security.Claims;
using AutoMapper;
using Incubator.Client.Accounts;
using Incubator.Client.Infrastructure;
using Incubator.Client.Mapping;
using Incubator.Client.Organizations;
using Incubator.Common;
using Incubator.Geography;
using Incubator.Graduation;
using Incubator.Inbox;
using Incubator.Incubators;
using Incubator.Organizations;
using Incubator.Party;

namespace Incubator.Client.Incubation;

/// <summary>
/// The incubator's daily work on an organization: graduation review, party co-incubation, hand-offs between tiers,
/// and the inbox and pipeline views. The API and the web UI both go through here.
/// </summary>
public sealed class IncubationService(IClusterClient cluster, IMapper mapper, OrganizationAccess access)
{
    public async Task<IReadOnlyList<GateItemDto>> GraduationGateAsync(ClaimsPrincipal user, Guid id)
    {
        await access.ReadableAsync(user, id);
        return mapper.Map<IReadOnlyList<GateItemDto>>(await Organization(id).GetGraduationGateAsync());
    }

    public async Task<IReadOnlyList<GateItemDto>> RecordReviewItemAsync(ClaimsPrincipal user, Guid id, ReviewItemRequest request)
    {
        var errors = new List<FieldError>();
        if (request.Item is null)
        {
            errors.Add(new("item", "Name the review item."));
        }

        if (request.Met is null)
        {
            errors.Add(new("met", "Say whether the item is met."));
        }

        ValidationFailedException.ThrowIfAny(errors);
        await access.ManageableAsync(user, id, "holds graduation reviews");
        var gate = await Organization(id).RecordReviewItemAsync(request.Item!.Value, request.Met!.Value, request.Note ?? "", user.Actor());
        return mapper.Map<IReadOnlyList<GateItemDto>>(gate);
    }

    public async Task<OrganizationDto> DecideGraduationAsync(ClaimsPrincipal user, Guid id, GraduationDecisionRequest request)
    {
        var decision = new GraduationDecision(request.Outcome ?? (GraduationOutcome)(-1), request.Reason ?? "", request.ExtensionMonths);
        ValidationFailedException.ThrowIfAny(decision.Validate());
        await access.ManageableAsync(user, id, "decides graduation reviews");
        return mapper.Map<OrganizationDto>(await Organization(id).DecideGraduationAsync(decision, user.Actor()));
    }

    public async Task<PartyTrackDto> PartyTrackAsync(ClaimsPrincipal user, Guid id)
    {
        await access.ReadableAsync(user, id);
        return mapper.Map<PartyTrackDto>(await Organization(id).GetPartyTrackAsync());
    }

    public async Task<PartyTrackDto> UpdatePartyProfileAsync(ClaimsPrincipal user, Guid id, PartyProfileRequest request)
    {
        var errors = new List<FieldError>();
        if (request.FormalPartyMembers is null)
        {
            errors.Add(new("formalPartyMembers", "Give the number of formal party members."));
        }

        if (request.BranchForm is null)
        {
            errors.Add(new("branchForm", "Choose the branch form."));
        }

        ValidationFailedException.ThrowIfAny(errors);
        var profile = new UpdatePartyProfile(request.FormalPartyMembers!.Value, request.BranchForm!.Value, request.InstructorName);
        ValidationFailedException.ThrowIfAny(profile.Validate());
        await access.PartyWorkableAsync(user, id);
        return mapper.Map<PartyTrackDto>(await Organization(id).UpdatePartyProfileAsync(profile, user.Actor()));
    }

    public async Task<PartyTrackDto> CompleteCheckpointAsync(ClaimsPrincipal user, Guid id, Guid checkpointId, CheckpointResultRequest request)
    {
        ValidationFailedException.ThrowIfAny(request.Met is null ? [new FieldError("met", "Say whether the checkpoint is met.")] : []);
        await access.PartyWorkableAsync(user, id);
        return mapper.Map<PartyTrackDto>(await Organization(id).CompleteCheckpointAsync(checkpointId, request.Met!.Value, request.Note ?? "", user.Actor()));
    }

    public async Task<OrganizationDto> RequestHandOffAsync(ClaimsPrincipal user, Guid id, HandOffRequest request)
    {
        ValidationFailedException.ThrowIfAny(request.ToIncubatorId is null ? [new FieldError("toIncubatorId", "Choose the receiving incubator.")] : []);
        await access.ManageableAsync(user, id, "hands organizations off");
        return mapper.Map<OrganizationDto>(await Organization(id).RequestHandOffAsync(request.ToIncubatorId!.Value, request.Note ?? "", user.Actor()));
    }

    /// <summary>Only the receiving incubator's manager (or an administrator) decides.</summary>
    public async Task<OrganizationDto> DecideHandOffAsync(ClaimsPrincipal user, Guid id, HandOffDecisionRequest request)
    {
        ValidationFailedException.ThrowIfAny(request.Accept is null ? [new FieldError("accept", "Accept or decline.")] : []);
        var organization = await access.ReadableAsync(user, id);
        if (organization.PendingHandOff is not { } handOff)
        {
            throw DomainException.Conflict("handOff", "No hand-off is waiting.");
        }

        if (!AccessPolicy.CanManage(user, handOff.ToIncubatorId))
        {
            throw new AccessDeniedException("Only the receiving incubator's manager decides a hand-off.");
        }

        return mapper.Map<OrganizationDto>(await Organization(id).DecideHandOffAsync(request.Accept!.Value, request.Reason ?? "", user.Actor()));
    }

    public async Task<CheckpointPlanDto> CheckpointPlanAsync(ClaimsPrincipal user, Guid incubatorId)
    {
        await VisibleIncubatorAsync(user, incubatorId);
        return mapper.Map<CheckpointPlanDto>(await cluster.GetGrain<IIncubatorSettingsGrain>(incubatorId).GetCheckpointPlanAsync());
    }

    public async Task<CheckpointPlanDto> SetCheckpointPlanAsync(ClaimsPrincipal user, Guid incubatorId, CheckpointPlanRequest request)
    {
        var plan = new CheckpointPlan(request.FirstAfterDays ?? 0, request.IntervalDays ?? 0, request.BeforeGraduationDays ?? 0);
        ValidationFailedException.ThrowIfAny(plan.Validate());
        await VisibleIncubatorAsync(user, incubatorId);
        if (!AccessPolicy.CanManage(user, incubatorId))
        {
            throw new AccessDeniedException("Only the incubator's manager or an administrator changes its checkpoint plan.");
        }

        return mapper.Map<CheckpointPlanDto>(await cluster.GetGrain<IIncubatorSettingsGrain>(incubatorId).SetCheckpointPlanAsync(plan, user.Actor()));
    }

    /// <summary>Managers see their incubator's items; party-building officers the checkpoints; administrators everything.</summary>
    public async Task<IReadOnlyList<InboxItemDto>> InboxAsync(ClaimsPrincipal user)
    {
        InboxAudience? audience = user.Role() switch
        {
            Roles.IncubatorManager => InboxAudience.Manager,
            Roles.PartyBuildingOfficer => InboxAudience.PartyBuildingOfficer,
            Roles.Administrator => null,
            _ => InboxAudience.Manager,
        };
        if (user.Role() is not (Roles.IncubatorManager or Roles.PartyBuildingOfficer or Roles.Administrator))
        {
            return [];
        }

        var incubators = user.IsInRole(Roles.Administrator) ? null : user.ScopeId() is { } scope ? new[] { scope } : [];
        var items = await cluster.GetGrain<IInboxGrain>(0).OpenItemsAsync(incubators, audience);
        return mapper.Map<IReadOnlyList<InboxItemDto>>(items);
    }

    /// <summary>Counts by stage × tier over the incubators of a district (a leader's own district; any for an administrator).</summary>
    public async Task<PipelineDto> PipelineAsync(ClaimsPrincipal user, Guid? districtId)
    {
        var geography = await cluster.GeographyAsync();
        var district = districtId ?? (user.IsInRole(Roles.DistrictLeader) ? user.ScopeId() : null)
            ?? throw DomainException.Invalid("districtId", "Choose a district.");
        if (geography.FindArea(district) is not { Level: AreaLevel.District })
        {
            throw DomainException.NotFound("districtId", $"There is no district {district}.");
        }

        var visible = AccessPolicy.VisibleIncubators(user, geography);
        var incubators = geography.Incubators.Where(i => i.DistrictId == district && (visible is null || visible.Contains(i.Id))).ToArray();
        if (incubators.Length == 0 && !user.IsInRole(Roles.Administrator))
        {
            throw DomainException.NotFound("districtId", $"There is no district {district} you can see.");
        }

        var counts = incubators.Length == 0 ? [] : await cluster.GetGrain<IOrganizationDirectoryGrain>(0).StageCountsAsync(incubators.Select(i => i.Id).ToArray());
        var byIncubator = incubators.OrderBy(i => i.Tier).ThenBy(i => i.Name).Select(i => new PipelineIncubatorDto(
            i.Id, i.Name, i.Tier,
            counts.Where(c => c.IncubatorId == i.Id).ToDictionary(c => c.Stage, c => c.Count))).ToArray();
        var byTier = (from tier in Enum.GetValues<AreaLevel>()
                      from stage in Enum.GetValues<OrganizationStage>()
                      let count = byIncubator.Where(i => i.Tier == tier).Sum(i => i.Counts.GetValueOrDefault(stage))
                      select new PipelineCellDto(tier, stage, count)).ToArray();
        return new PipelineDto(byTier, byIncubator);
    }

    private IOrganizationGrain Organization(Guid id) => cluster.GetGrain<IOrganizationGrain>(id);


    private async Task VisibleIncubatorAsync(ClaimsPrincipal user, Guid incubatorId)
    {
        var geography = await cluster.GeographyAsync();
        var visible = AccessPolicy.VisibleIncubators(user, geography);
        if (geography.FindIncubator(incubatorId) is null || (visible is not null && !visible.Contains(incubatorId)))
        {
            throw DomainException.NotFound("incubatorId", $"There is no incubator {incubatorId} you can see.");
        }
    }
}
