using Hangfire;
using Incubator.Schema;
using Microsoft.Extensions.Options;
using System.Net;
using Orleans.Configuration;
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
        builder.Services.AddOptions<SiloHostOptions>().BindConfiguration(SiloHostOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(SiloHostOptions.Section).Get<SiloHostOptions>() ?? new SiloHostOptions();

        builder.UseOrleans(silo =>
        {
            silo.UseIncubatorClustering(options, connectionString);
            silo.AddIncubatorGrains(connectionString);
            silo.AddDashboard();
        });
        return builder;
    }

    /// <summary>Localhost clustering for one silo, or membership in PostgreSQL (deploy/Incubator.Schema 0004) for several.</summary>
    public static ISiloBuilder UseIncubatorClustering(this ISiloBuilder silo, SiloHostOptions options, string connectionString)
    {
        if (options.ClusteringMode == ClusteringMode.Localhost)
        {
            return silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, null, options.ServiceId, options.ClusterId);
        }

        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = connectionString;
        });
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedAddress), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false);
        return silo;
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
