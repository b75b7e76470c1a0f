using Incubator.Incubators;
using Incubator.Organizations;
using Incubator.Party;

namespace Incubator.Client.Party;

/// <summary>Party co-incubation (双孵化): an organization's party track and checkpoints, and each incubator's checkpoint plan.</summary>
public sealed class PartyService(IClusterClient cluster, IMapper mapper, ScopeService access)
{
    public async Task<PartyTrackDto> PartyTrackAsync(ClaimsPrincipal user, Guid id)
    {
        await access.ReadableAsync(user, id);
        return mapper.Map<PartyTrackDto>(await Organization(id).GetPartyTrackAsync());
    }

    public async Task<PartyTrackDto> UpdatePartyProfileAsync(ClaimsPrincipal user, Guid id, PartyProfileRequest request)
    {
        await access.PartyWorkableAsync(user, id);
        var errors = new List<FieldError>();
        if (request.FormalPartyMembers is null)
        {
            errors.Add(FieldError.Required("formalPartyMembers"));
        }

        if (request.BranchForm is null)
        {
            errors.Add(FieldError.Required("branchForm"));
        }

        DomainException.ThrowIfInvalid(errors);
        var profile = new UpdatePartyProfile(request.FormalPartyMembers!.Value, request.BranchForm!.Value, request.InstructorName);
        DomainException.ThrowIfInvalid(profile.Validate());
        return mapper.Map<PartyTrackDto>(await Organization(id).UpdatePartyProfileAsync(profile, user.Actor()));
    }

    public async Task<PartyTrackDto> CompleteCheckpointAsync(ClaimsPrincipal user, Guid id, Guid checkpointId, CheckpointResultRequest request)
    {
        await access.PartyWorkableAsync(user, id);
        DomainException.ThrowIfInvalid(request.Met is null ? [FieldError.Required("met")] : []);
        return mapper.Map<PartyTrackDto>(await Organization(id).CompleteCheckpointAsync(checkpointId, request.Met!.Value, request.Note ?? "", user.Actor()));
    }

    public async Task<CheckpointPlanDto> CheckpointPlanAsync(ClaimsPrincipal user, Guid incubatorId)
    {
        (await access.ForAsync(user)).RequireVisibleIncubator(incubatorId);
        return mapper.Map<CheckpointPlanDto>(await cluster.GetGrain<IIncubatorSettingsGrain>(incubatorId).GetCheckpointPlanAsync());
    }

    public async Task<CheckpointPlanDto> SetCheckpointPlanAsync(ClaimsPrincipal user, Guid incubatorId, CheckpointPlanRequest request)
    {
        var scope = await access.ForAsync(user);
        scope.RequireVisibleIncubator(incubatorId);
        scope.RequireManage(incubatorId, "changesCheckpointPlan");
        var plan = new CheckpointPlan(request.FirstAfterDays ?? 0, request.IntervalDays ?? 0, request.BeforeGraduationDays ?? 0);
        DomainException.ThrowIfInvalid(plan.Validate());
        return mapper.Map<CheckpointPlanDto>(await cluster.GetGrain<IIncubatorSettingsGrain>(incubatorId).SetCheckpointPlanAsync(plan, user.Actor()));
    }

    private IOrganizationGrain Organization(Guid id) => cluster.GetGrain<IOrganizationGrain>(id);
}
