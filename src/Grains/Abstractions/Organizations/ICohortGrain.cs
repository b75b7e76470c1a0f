namespace Incubator.Organizations;

/// <summary>A cohort (批次) of an incubator: intake, screening, admission within capacity, waitlist.</summary>
public interface ICohortGrain : IGrainWithGuidKey
{
    /// <summary>Called by an organization of this cohort that left incubation: frees its place and moves the waitlist up.</summary>
    Task ReleasePlaceAsync(Guid organizationId);
}
