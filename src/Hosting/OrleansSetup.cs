using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Incubator.Hosting;

/// <summary>The one clustering switch (Orleans:ClusteringMode), applied the same way by silos and the Client.</summary>
public static class OrleansSetup
{
    /// <summary>The ADO.NET provider name the Orleans AdoNet packages load Npgsql by.</summary>
    public const string AdoNetInvariant = "Npgsql";

    /// <summary>Registers <see cref="OrleansOptions"/>, validated on start (AddIncubatorDefaults does).</summary>
    public static IServiceCollection AddIncubatorOrleansOptions(this IServiceCollection services)
    {
        services.AddOptions<OrleansOptions>().BindConfiguration(OrleansOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>The values the Orleans builders need before the host exists.</summary>
    public static OrleansOptions IncubatorOrleansOptions(this IConfiguration configuration) =>
        configuration.GetSection(OrleansOptions.Section).Get<OrleansOptions>() ?? new OrleansOptions();

    /// <summary>Localhost clustering for one silo, or membership in PostgreSQL (deploy/Incubator.Schema 0004) for several; grain calls carry the caller's trace.</summary>
    public static ISiloBuilder UseIncubatorClustering(this ISiloBuilder silo, IConfiguration configuration) =>
        silo.UseIncubatorClustering(configuration.IncubatorOrleansOptions(), configuration.IncubatorConnectionString());

    public static ISiloBuilder UseIncubatorClustering(this ISiloBuilder silo, OrleansOptions options, string connectionString)
    {
        silo.AddActivityPropagation();
        if (options.ClusteringMode == ClusteringMode.Localhost)
        {
            return silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, null, options.ServiceId, options.ClusterId);
        }

        silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (AdoNetInvariant, connectionString));
        silo.Configure<ClusterOptions>(options.ApplyTo);
        silo.ConfigureEndpoints(IPAddress.Parse(options.AdvertisedAddress), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: false);
        return silo;
    }

    /// <summary>Localhost: the one silo's gateway at GatewayPort. AdoNet: every active gateway listed in PostgreSQL.</summary>
    public static IClientBuilder UseIncubatorClustering(this IClientBuilder client, IConfiguration configuration) =>
        client.UseIncubatorClustering(configuration.IncubatorOrleansOptions(), configuration.IncubatorConnectionString());

    public static IClientBuilder UseIncubatorClustering(this IClientBuilder client, OrleansOptions options, string connectionString)
    {
        client.AddActivityPropagation();
        if (options.ClusteringMode == ClusteringMode.Localhost)
        {
            return client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
        }

        client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (AdoNetInvariant, connectionString));
        client.Configure<ClusterOptions>(options.ApplyTo);
        return client;
    }
}
