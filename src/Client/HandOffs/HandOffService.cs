using Incubator.Client.Organizations;
using Incubator.Incubators;
using Incubator.Organizations;

namespace Incubator.Client.HandOffs;

/// <summary>Hand-offs of an organization between tiers (三级联动): requested by its manager, decided by the receiving one.</summary>
public sealed class HandOffService(IClusterClient cluster, IMapper mapper, ScopeService access)
{
    public async Task<OrganizationDto> RequestHandOffAsync(ClaimsPrincipal user, Guid id, HandOffRequest request)
    {
        await access.ManageableAsync(user, id, "handsOff");
        DomainException.ThrowIfInvalid(request.ToIncubatorId is null ? [FieldError.Required("toIncubatorId")] : []);
        return mapper.Map<OrganizationDto>(await Organization(id).RequestHandOffAsync(request.ToIncubatorId!.Value, request.Note ?? "", user.Actor()));
    }

    /// <summary>Only the receiving incubator's manager (or an administrator) decides.</summary>
    public async Task<OrganizationDto> DecideHandOffAsync(ClaimsPrincipal user, Guid id, HandOffDecisionRequest request)
    {
        var organization = await access.ReadableAsync(user, id);
        if (organization.PendingHandOff is not { } handOff)
        {
            throw DomainException.Conflict("handOff", ErrorCodes.HandOffNone);
        }

        UserScope.Require((await access.ForAsync(user)).CanManage(handOff.ToIncubatorId), ErrorCodes.ReceivingManagerOnly);
        DomainException.ThrowIfInvalid(request.Accept is null ? [FieldError.Required("accept")] : []);

        return mapper.Map<OrganizationDto>(await Organization(id).DecideHandOffAsync(request.Accept!.Value, request.Reason ?? "", user.Actor()));
    }

    private IOrganizationGrain Organization(Guid id) => cluster.GetGrain<IOrganizationGrain>(id);
}
