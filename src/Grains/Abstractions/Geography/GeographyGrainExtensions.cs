namespace Incubator.Geography;

public static class GeographyGrainExtensions
{
    /// <summary>The whole administrative tree and its incubators, from the one geography grain.</summary>
    public static Task<GeographySnapshot> GeographyAsync(this IGrainFactory grains) =>
        grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key).GetAsync();
}
