using Incubator.Common;
using Incubator.Geography;
using Incubator.Organizations;
using Incubator.Silo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Incubator.Bench;

/// <summary>An in-process silo with the production grain setup (AddIncubatorGrains) on the benchmark's database.</summary>
internal static class BenchSilo
{
    public static readonly Actor Actor = new("bench", "Benchmark");

    public static async Task<IHost> StartAsync(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Error);
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(serviceId: "incubator-bench", clusterId: "incubator-bench")
            .AddIncubatorGrains(connectionString));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static async Task<Guid> IncubatorAsync(IGrainFactory grains)
    {
        var geography = grains.GetGrain<IGeographyGrain>(IGeographyGrain.Key);
        var district = await geography.AddAreaAsync($"Bench district {Guid.NewGuid():N}", AreaLevel.District, null, Actor);
        return (await geography.AddIncubatorAsync($"Bench incubator {Guid.NewGuid():N}", district.Id, Actor)).Id;
    }

    /// <summary>A filing as the API makes it, without a credit code (the path of most filings: 备案 before 登记).</summary>
    public static FileOrganization Filing(Guid incubatorId, Guid id) =>
        new(incubatorId, $"Bench {id:N}"[..30], OrganizationCategory.CommunityService, [ServiceDomain.Other], "Bench", "13800138000", null);
}
