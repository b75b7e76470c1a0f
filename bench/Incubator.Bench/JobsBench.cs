using System.Diagnostics;
using System.Globalization;
using Hangfire;
using Incubator.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Incubator.Bench;

/// <summary>
/// P5: Hangfire throughput of the running platform. Enqueues --Jobs no-op jobs into the platform's Hangfire storage (the
/// silo's server runs them) and measures enqueue rate and how fast they are all done.
/// </summary>
internal static class JobsBench
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        var count = options.Number("Jobs", 2000);
        var services = new ServiceCollection().AddIncubatorJobStorage(options.ConnectionString).BuildServiceProvider();
        var client = services.GetRequiredService<IBackgroundJobClient>();
        var monitoring = services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var succeededBefore = monitoring.SucceededListCount();

        var started = Stopwatch.GetTimestamp();
        // A job any process can run and that does nothing: the cost measured is Hangfire's own, storage and workers.
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, (_, _) =>
        {
            client.Enqueue(() => GC.KeepAlive(null));
            return ValueTask.CompletedTask;
        });
        var enqueued = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var deadline = started + (long)(Math.Max(120, count / 5.0) * Stopwatch.Frequency);
        long done;
        double? firstDone = null;
        while ((done = monitoring.SucceededListCount() - succeededBefore) < count && Stopwatch.GetTimestamp() < deadline)
        {
            if (done > 0)
            {
                firstDone ??= Stopwatch.GetElapsedTime(started).TotalSeconds;
            }

            await Task.Delay(50);
        }

        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        Console.WriteLine($"jobs={count}");
        Console.WriteLine($"succeeded={done}");
        Console.WriteLine($"enqueue_per_s={F(count / enqueued)}");
        Console.WriteLine($"completed_per_s={F(done / elapsed)}");
        Console.WriteLine($"seconds={F(elapsed)}");
        // Workers poll the queue (Hangfire.PostgreSql: every 15 s by default) when idle, so the first job may wait for the
        // next poll; the rate from the first completion on is what busy workers sustain.
        Console.WriteLine($"first_done_s={F(firstDone ?? elapsed)}");
        Console.WriteLine($"busy_per_s={F(done / Math.Max(0.001, elapsed - (firstDone ?? 0)))}");
        return done >= count ? 0 : 1;
    }
}
