using Incubator.Common;

namespace Incubator.Organizations;

/// <summary>Persisted holder of one credit code. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.CreditCodeState")]
public sealed class CreditCodeState
{
    [Id(0)] public Guid OrganizationId { get; set; }
}

/// <summary>One activation per code serializes claims, so two organizations racing for a code cannot both win.</summary>
public sealed class CreditCodeGrain(
    [PersistentState("creditCode", StorageNames.Incubator)] IPersistentState<CreditCodeState> state) : Grain, ICreditCodeGrain
{
    public async Task<Guid> ClaimAsync(Guid organizationId)
    {
        if (state.RecordExists)
        {
            return state.State.OrganizationId;
        }

        state.State.OrganizationId = organizationId;
        await state.WriteStateAsync();
        return organizationId;
    }

    public Task<Guid?> GetHolderAsync() =>
        Task.FromResult(state.RecordExists ? state.State.OrganizationId : (Guid?)null);
}
