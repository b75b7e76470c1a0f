namespace Incubator.Organizations;

/// <summary>The organization grain as the silo's projector sees it; not part of what the Client may call.</summary>
public interface IOrganizationProjectionGrain : IGrainWithGuidKey
{
    /// <summary>Projects the stored state into the read models and settles its outbox row (see <see cref="OrganizationProjection"/>).</summary>
    Task ProjectAsync();
}
