namespace Incubator.Venues;

/// <summary>The spaces of one incubator (keyed by incubator id), so listing them does not activate every space.</summary>
public interface IIncubatorSpacesGrain : IGrainWithGuidKey
{
    /// <summary>Adds or replaces the space's row; called by the space after every change to it.</summary>
    Task UpsertAsync(SpaceRecord space);

    /// <summary>By kind, then name.</summary>
    Task<IReadOnlyList<SpaceRecord>> ListAsync();
}
