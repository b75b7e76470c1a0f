using Hangfire;
using Hangfire.Common;
using Incubator.Hosting;
using Incubator.Schema;
using Orleans.Dashboard;

namespace Incubator.Silo;

/// <summary>The silo host's parts, in the order Program.cs lists them.</summary>
public static class SiloSetup
{
    /// <summary>Applies the schema before anything opens a connection that expects it.</summary>
    public static WebApplicationBuilder ApplyIncubatorSchema(this WebApplicationBuilder builder)
    {
        // Before the host (and its logger) exists: a plain line on standard output, which ./run.sh keeps in silo.log.
        var applied = SchemaMigrator.Upgrade(builder.Configuration.IncubatorConnectionString());
        Console.WriteLine(applied.Count == 0 ? "schema: up to date" : $"schema: applied {string.Join(", ", applied)}");
        return builder;
    }

    public static WebApplicationBuilder AddIncubatorSilo(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.IncubatorConnectionString();
        builder.UseOrleans(silo =>
        {
            silo.UseIncubatorClustering(builder.Configuration);
            silo.AddIncubatorGrains(connectionString);
            silo.AddDashboard();
        });
        builder.Services.AddOptions<Organizations.ProjectorOptions>().BindConfiguration("Projector");
        return builder;
    }

    /// <summary>Runs scheduled jobs (graduation reviews, no-show releases), each run logged. Registered after Orleans so jobs can reach grains.</summary>
    public static WebApplicationBuilder AddIncubatorJobServer(this WebApplicationBuilder builder)
    {
        // Hangfire's server takes its filters from this service: the global ones plus our run log.
        builder.Services.AddSingleton<JobRunLoggingFilter>();
        builder.Services.AddSingleton<IJobFilterProvider>(services =>
            new JobFilterProviderCollection(JobFilterProviders.Providers, new JobFilterCollection { services.GetRequiredService<JobRunLoggingFilter>() }));
        builder.Services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(15);
        });
        return builder;
    }
}
