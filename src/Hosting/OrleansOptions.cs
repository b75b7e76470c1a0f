using System.ComponentModel.DataAnnotations;

namespace Incubator.Hosting;

/// <summary>The cluster a silo joins and a Client connects to; bound from the "Orleans" section by both processes.</summary>
public sealed class OrleansOptions
{
    public const string Section = "Orleans";

    /// <summary>Grain state rows are keyed by ServiceId: keep it stable across restarts and deployments of the same data.</summary>
    [Required] public string ServiceId { get; set; } = "incubator";

    [Required] public string ClusterId { get; set; } = "incubator";

    /// <remarks>Not named "Clustering": Orleans reads Orleans:Clustering itself as its own provider configuration.</remarks>
    public ClusteringMode ClusteringMode { get; set; } = ClusteringMode.Localhost;

    /// <summary>The address other silos and clients use to reach this silo (AdoNet clustering only).</summary>
    [Required] public string AdvertisedAddress { get; set; } = "127.0.0.1";

    [Range(1, 65535)] public int SiloPort { get; set; } = 11111;

    /// <summary>The silo's gateway; with Localhost clustering also where the Client connects.</summary>
    [Range(1, 65535)] public int GatewayPort { get; set; } = 30000;

    /// <summary>Silos and clients of one deployment name the same cluster and service.</summary>
    public void ApplyTo(Orleans.Configuration.ClusterOptions cluster) => (cluster.ClusterId, cluster.ServiceId) = (ClusterId, ServiceId);
}
