using Incubator.SupportPlans;

namespace Incubator.Client.SupportPlans;

/// <summary>
/// An organization's support plan as a signed-in user may see and change it: whoever may read the organization sees
/// the plan; its incubator's manager or an administrator changes it.
/// </summary>
public sealed class SupportPlanService(IClusterClient cluster, ScopeService scopes, IMapper mapper)
{
    public async Task<IReadOnlyList<MilestoneDto>> MilestonesAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await scopes.ReadableAsync(user, organizationId);
        return mapper.Map<IReadOnlyList<MilestoneDto>>(await Plan(organizationId).GetMilestonesAsync());
    }

    public async Task<MilestoneDto> AddMilestoneAsync(ClaimsPrincipal user, Guid organizationId, MilestoneRequest request)
    {
        await scopes.ManageableAsync(user, organizationId, "changesSupportPlan");
        var (draft, errors) = request.ToDraft();
        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<MilestoneDto>(await Plan(organizationId).AddMilestoneAsync(draft, user.Actor()));
    }

    public async Task<MilestoneDto> UpdateMilestoneAsync(ClaimsPrincipal user, Guid organizationId, Guid milestoneId, MilestoneRequest request)
    {
        await scopes.ManageableAsync(user, organizationId, "changesSupportPlan");
        var (draft, errors) = request.ToDraft();
        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<MilestoneDto>(await Plan(organizationId).UpdateMilestoneAsync(milestoneId, draft, user.Actor()));
    }

    public async Task<IReadOnlyList<ConsultingSessionDto>> ConsultingAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await scopes.ReadableAsync(user, organizationId);
        return mapper.Map<IReadOnlyList<ConsultingSessionDto>>(await Plan(organizationId).GetConsultingAsync());
    }

    public async Task<ConsultingSessionDto> RecordConsultingAsync(ClaimsPrincipal user, Guid organizationId, ConsultingRequest request)
    {
        await scopes.ManageableAsync(user, organizationId, "changesSupportPlan");
        var errors = ConsultingSession.Validate(request.Hours ?? 0, request.Consultant, request.Topic).ToList();
        if (request.On is null)
        {
            errors.Add(FieldError.Required("on"));
        }

        DomainException.ThrowIfInvalid(errors);
        return mapper.Map<ConsultingSessionDto>(await Plan(organizationId).RecordConsultingAsync(request.On!.Value, request.Hours!.Value, request.Consultant!, request.Topic!, user.Actor()));
    }

    private ISupportPlanGrain Plan(Guid organizationId) => cluster.GetGrain<ISupportPlanGrain>(organizationId);
}

/// <summary>The body of POST /api/organizations/{id}/support-plan/consulting.</summary>
public sealed record class ConsultingRequest(DateOnly? On, decimal? Hours, string? Consultant, string? Topic);
