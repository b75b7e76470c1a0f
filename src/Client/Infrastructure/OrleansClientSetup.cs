using System.ComponentModel.DataAnnotations;
using Orleans.Dashboard;

namespace Incubator.Client.Infrastructure;

/// <summary>Where the Client finds the cluster; bound from the "Orleans" section, matching the silo's.</summary>
public sealed class ClusterClientOptions
{
    public const string Section = "Orleans";

    [Required] public string ServiceId { get; set; } = "incubator";

    [Required] public string ClusterId { get; set; } = "incubator";

    [Range(1, 65535)] public int GatewayPort { get; set; } = 30000;
}

public static class OrleansClientSetup
{
    public static WebApplicationBuilder AddIncubatorOrleansClient(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClusterClientOptions>().BindConfiguration(ClusterClientOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = builder.Configuration.GetSection(ClusterClientOptions.Section).Get<ClusterClientOptions>() ?? new ClusterClientOptions();
        builder.UseOrleansClient(client =>
        {
            client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
            client.AddDashboard();
        });
        return builder;
    }
}
