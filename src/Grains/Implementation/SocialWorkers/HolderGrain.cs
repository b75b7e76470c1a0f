using Incubator.Common;

namespace Incubator.SocialWorkers;

/// <summary>Persisted holder of one unique key (a certificate number, an account). Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.SocialWorkerHolderState")]
public sealed class HolderState
{
    [Id(0)] public Guid? SocialWorkerId { get; set; }
}

/// <summary>One activation per key serializes claims, so two social workers racing for one key cannot both win.</summary>
public abstract class HolderGrain(IPersistentState<HolderState> state) : Grain
{
    public async Task<Guid> ClaimAsync(Guid socialWorkerId)
    {
        if (state.State.SocialWorkerId is { } holder)
        {
            return holder;
        }

        state.State.SocialWorkerId = socialWorkerId;
        await state.WriteStateAsync();
        return socialWorkerId;
    }

    public async Task ReleaseAsync(Guid socialWorkerId)
    {
        if (state.State.SocialWorkerId == socialWorkerId)
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
