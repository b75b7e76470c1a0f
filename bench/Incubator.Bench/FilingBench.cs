using System.Diagnostics;
using System.Globalization;
using Incubator.Organizations;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Bench;

/// <summary>
/// P1: durable organization writes. --Writers concurrent callers file organizations through the grains for --Seconds
/// (after --Warmup seconds); prints filings/s, latency, and the server's commits (and statements) per filing.
/// </summary>
internal static class FilingBench
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var writers = options.Number("Writers", 10);
        var seconds = options.Number("Seconds", 10);
        var warmup = options.Number("Warmup", 2);
        using var host = await BenchSilo.StartAsync(options.ConnectionString);
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var incubatorId = await BenchSilo.IncubatorAsync(grains);

        await FileForAsync(grains, incubatorId, writers, TimeSpan.FromSeconds(warmup));
        await PgStats.StatementsAsync(options.ConnectionString, reset: true);
        var commitsBefore = await PgStats.CommitsAsync(options.ConnectionString);
        var started = Stopwatch.GetTimestamp();
        var latencies = await FileForAsync(grains, incubatorId, writers, TimeSpan.FromSeconds(seconds));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        // Less the one commit of the reading query itself.
        var commits = await PgStats.CommitsAsync(options.ConnectionString) - commitsBefore - 1;
        var statements = await PgStats.StatementsAsync(options.ConnectionString, reset: false);

        var filings = latencies.Count;
        string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        Console.WriteLine($"filings={filings}");
        Console.WriteLine($"seconds={F(elapsed)}");
        Console.WriteLine($"filings_per_s={F(filings / elapsed)}");
        Console.WriteLine($"p50_ms={F(Stats.Median(latencies))}");
        Console.WriteLine($"p99_ms={F(Stats.Percentile(latencies, 0.99))}");
        Console.WriteLine($"commits_per_filing={F((double)commits / filings)}");
        if (statements.Count > 0)
        {
            var total = statements.Where(s => !s.Query.Contains("pg_stat_statements", StringComparison.Ordinal)).Sum(s => s.Calls);
            Console.WriteLine($"statements_per_filing={F((double)total / filings)}");
            foreach (var (query, calls) in statements.Where(s => (double)s.Calls / filings >= 0.05).Take(12))
            {
                var oneLine = string.Join(' ', query.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
                Console.WriteLine($"statement={F((double)calls / filings)}\t{(oneLine.Length > 110 ? oneLine[..110] + "…" : oneLine)}");
            }
        }

        await host.StopAsync();
        return 0;
    }

    private static async Task<List<double>> FileForAsync(IGrainFactory grains, Guid incubatorId, int writers, TimeSpan duration)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var perWriter = await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            var latencies = new List<double>();
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var id = Guid.NewGuid();
                var started = Stopwatch.GetTimestamp();
                await grains.GetGrain<IOrganizationGrain>(id).FileAsync(BenchSilo.Filing(incubatorId, id), BenchSilo.Actor);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return latencies;
        }));
        return [.. perWriter.SelectMany(l => l)];
    }
}
