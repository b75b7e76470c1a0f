namespace Incubator.Organizations;

/// <summary>Keyed by a canonical credit code: makes sure one code belongs to one organization.</summary>
public interface ICreditCodeGrain : IGrainWithStringKey
{
    /// <summary>Claims the code for <paramref name="organizationId"/>; returns the organization that holds it afterwards.</summary>
    Task<Guid> ClaimAsync(Guid organizationId);

    /// <summary>The holder, or null when the code is free.</summary>
    Task<Guid?> GetHolderAsync();
}
