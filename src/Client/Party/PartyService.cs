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

    public async Task<CheckpointPlanDto> CheckpointPlanAsync(ClaimsPrincipal user, Guid incubatorId)
    {
        (await access.ForAsync(user)).RequireVisibleIncubator(incubatorId);
        return mapper.Map<CheckpointPlanDto>(await cluster.GetGrain<IIncubatorSettingsGrain>(incubatorId).GetCheckpointPlanAsync());
    }

    public async Task<CheckpointPlanDto> SetCheckpointPlanAsync(ClaimsPrincipal user, Guid incubatorId, CheckpointPlanRequest request)
    {
        var plan = new CheckpointPlan(request.FirstAfterDays ?? 0, request.IntervalDays ?? 0, request.BeforeGraduationDays ?? 0);
        ValidationFailedException.ThrowIfAny(plan.Validate());
        var scope = await access.ForAsync(user);
        scope.RequireVisibleIncubator(incubatorId);
        scope.RequireManage(incubatorId, "changes its checkpoint plan");
        return mapper.Map<CheckpointPlanDto>(await cluster.GetGrain<IIncubatorSettingsGrain>(incubatorId).SetCheckpointPlanAsync(plan, user.Actor()));
    }

    private IOrganizationGrain Organization(Guid id) => cluster.GetGrain<IOrganizationGrain>(id);
}
