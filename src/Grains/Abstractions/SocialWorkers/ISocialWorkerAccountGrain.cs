namespace Incubator.SocialWorkers;

/// <summary>Keyed by an account's user id: the social worker record the account signs in as (one at most).</summary>
public interface ISocialWorkerAccountGrain : IGrainWithStringKey
{
    /// <summary>Links the account to <paramref name="socialWorkerId"/> unless another record holds it; returns the holder afterwards.</summary>
    Task<Guid> ClaimAsync(Guid socialWorkerId);

    Task ReleaseAsync(Guid socialWorkerId);

    /// <summary>The record the account signs in as, or null.</summary>
    Task<Guid?> GetHolderAsync();
}
