using Hangfire;
using Incubator.Schema;
using Microsoft.Extensions.Options;
using Orleans.Dashboard;

namespace Incubator.Silo;

/// <summary>The silo host's parts, in the order Program.cs lists them.</summary>
public static class SiloSetup
{
    public static string IncubatorConnectionString(this IConfiguration configuration) =>
        DatabaseSettings.ConnectionString(key => configuration[key]);

    /// <summary>Applies the schema before anything opens a connection that expects it.</summary>
    public static WebApplicationBuilder ApplyIncubatorSchema(this WebApplicationBuilder builder)
    {
        var applied = SchemaMigrator.Upgrade(builder.Configuration.IncubatorConnectionString());
        Console.WriteLine(applied.Count == 0 ? "schema: up to date" : $"schema: applied {string.Join(", ", applied)}");
        return builder;
    }

    public static WebApplicationBuilder AddIncubatorSilo(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.IncubatorConnectionString();
        builder.Services.AddOptions<SiloOptions>().BindConfiguration(SiloOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();

        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, null, options.ServiceId, options.ClusterId);
            silo.AddIncubatorGrains(connectionString);
            silo.AddDashboard();
        });
        return builder;
    }

    /// <summary>Runs scheduled jobs (graduation reviews). Registered after Orleans so jobs can reach grains.</summary>
    public static WebApplicationBuilder AddIncubatorJobServer(this WebApplicationBuilder builder)
    {
        builder.Services.AddHangfireServer(o =>
        {
            o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            o.SchedulePollingInterval = TimeSpan.FromSeconds(15);
        });
        return builder;
    }
}
