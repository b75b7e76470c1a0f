using System.ComponentModel.DataAnnotations;
using Incubator.Schema;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Incubator.Client.Infrastructure;

/// <summary>Where the Client finds the cluster; bound from the "Orleans" section, matching the silo's.</summary>
public sealed class ClusterClientOptions
{
    public const string Section = "Orleans";

    [Required] public string ServiceId { get; set; } = "incubator";

    [Required] public string ClusterId { get; set; } = "incubator";

    /// <summary>Localhost: the one silo's gateway at GatewayPort. AdoNet: every active gateway listed in PostgreSQL.</summary>
    /// <remarks>Not named "Clustering": Orleans reads Orleans:Clustering itself as its own provider configuration.</remarks>
    public ClientClustering ClusteringMode { get; set; } = ClientClustering.Localhost;

    [Range(1, 65535)] public int GatewayPort { get; set; } = 30000;
}

public enum ClientClustering
{
    Localhost = 0,
    AdoNet = 1,
}

public static class OrleansClientSetup
{
    public static WebApplicationBuilder AddIncubatorOrleansClient(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClusterClientOptions>().BindConfiguration(ClusterClientOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(ClusterClientOptions.Section).Get<ClusterClientOptions>() ?? new ClusterClientOptions();
        builder.UseOrleansClient(client =>
        {
            if (options.ClusteringMode == ClientClustering.AdoNet)
            {
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = DatabaseSettings.ConnectionString(key => builder.Configuration[key]);
                });
                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = options.ClusterId;
                    o.ServiceId = options.ServiceId;
                });
            }
            else
            {
                client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
            }

            client.AddDashboard();
        });
        return builder;
    }
}
