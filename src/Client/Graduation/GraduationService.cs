using Incubator.Client.Organizations;
using Incubator.Graduation;
using Incubator.Organizations;

namespace Incubator.Client.Graduation;

/// <summary>An organization's graduation review (出壳评估): the composite gate and the decision. The API and the web UI both go through here.</summary>
public sealed class GraduationService(IClusterClient cluster, IMapper mapper, ScopeService access)
{
    public async Task<IReadOnlyList<GateItemDto>> GraduationGateAsync(ClaimsPrincipal user, Guid id)
    {
        await access.ReadableAsync(user, id);
        return mapper.Map<IReadOnlyList<GateItemDto>>(await Organization(id).GetGraduationGateAsync());
    }

    public async Task<IReadOnlyList<GateItemDto>> RecordReviewItemAsync(ClaimsPrincipal user, Guid id, ReviewItemRequest request)
    {
        await access.ManageableAsync(user, id, "holdsGraduationReviews");
        var errors = new List<FieldError>();
        if (request.Item is null)
        {
            errors.Add(FieldError.Required("item"));
        }

        if (request.Met is null)
        {
            errors.Add(FieldError.Required("met"));
        }

        DomainException.ThrowIfInvalid(errors);
        var gate = await Organization(id).RecordReviewItemAsync(request.Item!.Value, request.Met!.Value, request.Note ?? "", user.Actor());
        return mapper.Map<IReadOnlyList<GateItemDto>>(gate);
    }

    public async Task<OrganizationDto> DecideGraduationAsync(ClaimsPrincipal user, Guid id, GraduationDecisionRequest request)
    {
        await access.ManageableAsync(user, id, "decidesGraduations");
        var decision = new GraduationDecision(request.Outcome ?? (GraduationOutcome)(-1), request.Reason ?? "", request.ExtensionMonths);
        DomainException.ThrowIfInvalid(decision.Validate());
        return mapper.Map<OrganizationDto>(await Organization(id).DecideGraduationAsync(decision, user.Actor()));
    }

    private IOrganizationGrain Organization(Guid id) => cluster.GetGrain<IOrganizationGrain>(id);
}
