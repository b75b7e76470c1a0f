using System.Security.Claims;
using AutoMapper;
using Incubator.Client.Accounts;
using Incubator.Client.Infrastructure;
using Incubator.Client.Organizations;
using Incubator.SupportPlans;

namespace Incubator.Client.SupportPlans;

/// <summary>
/// An organization's support plan as a signed-in user may see and change it: whoever may read the organization sees
/// the plan; its incubator's manager or an administrator changes it.
/// </summary>
public sealed class SupportPlanService(IClusterClient cluster, OrganizationService organizations, IMapper mapper)
{
    public async Task<IReadOnlyList<MilestoneDto>> MilestonesAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await organizations.GetAsync(user, organizationId);
        return mapper.Map<IReadOnlyList<MilestoneDto>>(await Plan(organizationId).GetMilestonesAsync());
    }

    public async Task<MilestoneDto> AddMilestoneAsync(ClaimsPrincipal user, Guid organizationId, MilestoneRequest request)
    {
        await EnsureCanManageAsync(user, organizationId);
        var (draft, errors) = request.ToDraft();
        ValidationFailedException.ThrowIfAny(errors);
        return mapper.Map<MilestoneDto>(await Plan(organizationId).AddMilestoneAsync(draft, user.Actor()));
    }

    public async Task<MilestoneDto> UpdateMilestoneAsync(ClaimsPrincipal user, Guid organizationId, Guid milestoneId, MilestoneRequest request)
    {
        await EnsureCanManageAsync(user, organizationId);
        var (draft, errors) = request.ToDraft();
        ValidationFailedException.ThrowIfAny(errors);
        return mapper.Map<MilestoneDto>(await Plan(organizationId).UpdateMilestoneAsync(milestoneId, draft, user.Actor()));
    }

    public async Task<IReadOnlyList<ConsultingSessionDto>> ConsultingAsync(ClaimsPrincipal user, Guid organizationId)
    {
        await organizations.GetAsync(user, organizationId);
        return mapper.Map<IReadOnlyList<ConsultingSessionDto>>(await Plan(organizationId).GetConsultingAsync());
    }

    public async Task<ConsultingSessionDto> RecordConsultingAsync(ClaimsPrincipal user, Guid organizationId, ConsultingRequest request)
    {
        var errors = ConsultingSession.Validate(request.Hours ?? 0, request.Consultant, request.Topic).ToList();
        if (request.On is null)
        {
            errors.Add(new("on", "Give the day of the consultation."));
        }

        ValidationFailedException.ThrowIfAny(errors);
        await EnsureCanManageAsync(user, organizationId);
        return mapper.Map<ConsultingSessionDto>(await Plan(organizationId).RecordConsultingAsync(request.On!.Value, request.Hours!.Value, request.Consultant!, request.Topic!, user.Actor()));
    }

    /// <summary>404 outside the user's scope (through <see cref="OrganizationService.GetAsync"/>), 403 when he may only read.</summary>
    private async Task EnsureCanManageAsync(ClaimsPrincipal user, Guid organizationId)
    {
        var organization = await organizations.GetAsync(user, organizationId);
        if (!AccessPolicy.CanManage(user, organization.IncubatorId))
        {
            throw new AccessDeniedException("Only the incubator's manager or an administrator changes the support plan.");
        }
    }

    private ISupportPlanGrain Plan(Guid organizationId) => cluster.GetGrain<ISupportPlanGrain>(organizationId);
}

/// <summary>The body of POST /api/organizations/{id}/support-plan/consulting.</summary>
public sealed record class ConsultingRequest(DateOnly? On, decimal? Hours, string? Consultant, string? Topic);
