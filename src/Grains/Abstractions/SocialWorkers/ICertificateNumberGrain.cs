namespace Incubator.SocialWorkers;

/// <summary>Keyed by a normalized certificate number (<see cref="Certification.Normalize"/>): one number belongs to one social worker.</summary>
public interface ICertificateNumberGrain : IGrainWithStringKey
{
    /// <summary>Claims the number for <paramref name="socialWorkerId"/>; returns who holds it afterwards.</summary>
    Task<Guid> ClaimAsync(Guid socialWorkerId);

    /// <summary>Frees the number if <paramref name="socialWorkerId"/> holds it (his certificate changed).</summary>
    Task ReleaseAsync(Guid socialWorkerId);

    Task<Guid?> GetHolderAsync();
}
