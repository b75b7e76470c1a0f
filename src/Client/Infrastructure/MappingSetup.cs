namespace Incubator.Client.Infrastructure;

/// <summary>
/// AutoMapper 14.0.0 (the last MIT release) maps grain records to DTOs, here and nowhere else. Every map sets MaxDepth
/// and no mapped type refers to itself (advisory GHSA-rvv3-g6hj-g44x; see docs/security.md).
/// </summary>
public static class MappingSetup
{
    /// <summary>The depth every map is limited to: our DTOs are flat records and lists of them.</summary>
    public const int MaxDepth = 2;

    public static WebApplicationBuilder AddIncubatorMapping(this WebApplicationBuilder builder)
    {
        builder.Services.AddAutoMapper(cfg => cfg.AddMaps(typeof(MappingSetup).Assembly));
        return builder;
    }
}
