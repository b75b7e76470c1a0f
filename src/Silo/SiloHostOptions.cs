using System.ComponentModel.DataAnnotations;

namespace Incubator.Silo;

/// <summary>The cluster this silo joins; bound from the "Orleans" section.</summary>
public sealed class SiloHostOptions
{
    public const string Section = "Orleans";

    /// <summary>Grain state rows are keyed by ServiceId: keep it stable across restarts and deployments of the same data.</summary>
    [Required] public string ServiceId { get; set; } = "incubator";

    [Required] public string ClusterId { get; set; } = "incubator";

    /// <summary>Localhost: one silo on this machine (the default). AdoNet: several silos find each other through PostgreSQL.</summary>
    /// <remarks>Not named "Clustering": Orleans reads Orleans:Clustering itself as its own provider configuration.</remarks>
    public ClusteringMode ClusteringMode { get; set; } = ClusteringMode.Localhost;

    /// <summary>The address other silos and clients use to reach this one (AdoNet clustering only).</summary>
    [Required] public string AdvertisedAddress { get; set; } = "127.0.0.1";

    [Range(1, 65535)] public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)] public int GatewayPort { get; set; } = 30000;
}
