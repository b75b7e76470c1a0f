using Incubator.Common;

namespace Incubator.SocialWorkers;

/// <summary>Persisted holder of one unique key (a certificate number, an account). Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.SocialWorkerHolderState")]
public sealed class HolderState
{
    [Id(0)] public Guid? SocialWorkerId { get; set; }
}

/// <summary>One activation per key serializes claims, so two records racing for one key cannot both win (social workers and volunteers).</summary>
public abstract class HolderGrain(IPersistentState<HolderState> state) : Grain
{
    public async Task<Guid> ClaimAsync(Guid holderId)
    {
        if (state.State.SocialWorkerId is { } holder)
        {
            return holder;
        }

        state.State.SocialWorkerId = holderId;
        await state.WriteStateAsync();
        return holderId;
    }

    public async Task ReleaseAsync(Guid holderId)
    {
        if (state.State.SocialWorkerId == holderId)
        {
            state.State.SocialWorkerId = null;
            await state.WriteStateAsync();
        }
    }

    public Task<Guid?> GetHolderAsync() => Task.FromResult(state.State.SocialWorkerId);
}

public sealed class CertificateNumberGrain(
    [PersistentState("certificateNumber", StorageNames.Incubator)] IPersistentState<HolderState> state) : HolderGrain(state), ICertificateNumberGrain;

public sealed class SocialWorkerAccountGrain(
    [PersistentState("socialWorkerAccount", StorageNames.Incubator)] IPersistentState<HolderState> state) : HolderGrain(state), ISocialWorkerAccountGrain;
