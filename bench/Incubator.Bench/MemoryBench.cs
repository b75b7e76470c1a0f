using System.Diagnostics;
using System.Globalization;
using Incubator.Organizations;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Incubator.Bench;

/// <summary>
/// P7: memory per active organization grain. Files --Activations organizations, lets the silo deactivate them, then
/// measures managed heap and RSS before and after reading every one of them again (each read activates the grain and
/// loads its state from PostgreSQL), divided by the count.
/// </summary>
internal static class MemoryBench
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var count = options.Number("Activations", 10_000);
        using var host = await BenchSilo.StartAsync(options.ConnectionString);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var management = grains.GetGrain<IManagementGrain>(0);
        var incubatorId = await BenchSilo.IncubatorAsync(grains);
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var chunk in ids.Chunk(20))
        {
            await Task.WhenAll(chunk.Select(id => grains.GetGrain<IOrganizationGrain>(id).FileAsync(BenchSilo.Filing(incubatorId, id), BenchSilo.Actor)));
        }

        await management.ForceActivationCollection(TimeSpan.Zero);
        var activeBefore = await OrganizationActivationsAsync(management);
        var (heapBefore, rssBefore) = Measure();
        foreach (var chunk in ids.Chunk(50))
        {
            await Task.WhenAll(chunk.Select(id => grains.GetGrain<IOrganizationGrain>(id).GetAsync()));
        }

        var activeAfter = await OrganizationActivationsAsync(management);
        var (heapAfter, rssAfter) = Measure();
        var activated = Math.Max(1, activeAfter - activeBefore);
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        Console.WriteLine($"activations={activated}");
        Console.WriteLine($"activations_before={activeBefore}");
        Console.WriteLine($"heap_before_mb={F(heapBefore / 1048576.0)}");
        Console.WriteLine($"heap_after_mb={F(heapAfter / 1048576.0)}");
        Console.WriteLine($"rss_before_mb={F(rssBefore / 1048576.0)}");
        Console.WriteLine($"rss_after_mb={F(rssAfter / 1048576.0)}");
        Console.WriteLine($"heap_per_grain_kb={F((heapAfter - heapBefore) / 1024.0 / activated)}");
        Console.WriteLine($"rss_per_grain_kb={F((rssAfter - rssBefore) / 1024.0 / activated)}");
        await host.StopAsync();
        return 0;
    }

    private static async Task<int> OrganizationActivationsAsync(IManagementGrain management) =>
        (await management.GetSimpleGrainStatistics())
            .Where(s => s.GrainType.Contains("organization", StringComparison.OrdinalIgnoreCase) && !s.GrainType.Contains("directory", StringComparison.OrdinalIgnoreCase))
            .Sum(s => s.ActivationCount);

    private static (long Heap, long Rss) Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
