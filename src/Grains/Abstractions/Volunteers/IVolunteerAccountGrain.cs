namespace Incubator.Volunteers;

/// <summary>Keyed by an account's user id: the volunteer record the account signs in as (one at most).</summary>
public interface IVolunteerAccountGrain : IGrainWithStringKey
{
    /// <summary>Links the account to <paramref name="volunteerId"/> unless another record holds it; returns the holder afterwards.</summary>
    Task<Guid> ClaimAsync(Guid volunteerId);

    Task ReleaseAsync(Guid volunteerId);

    /// <summary>The record the account signs in as, or null.</summary>
    Task<Guid?> GetHolderAsync();
}
