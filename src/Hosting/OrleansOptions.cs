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

    /// <summary>
    /// AdoNet clustering: how long a silo waits for a probe answer. A silo is declared dead after
    /// <see cref="MissedProbesLimit"/> missed probes from two others, so this times the limit is roughly the window in
    /// which requests for its grains answer 503 (Orleans' defaults, 5 s × 3, made it about 15-20 s).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "00:01:00")] public TimeSpan ProbeTimeout { get; set; } = TimeSpan.FromSeconds(2);

    [Range(1, 10)] public int MissedProbesLimit { get; set; } = 2;

    /// <summary>
    /// AdoNet clustering: how long a grain call waits for its answer before failing (Orleans' default is 30 s). A call
    /// sent to a silo that died just then waits this long, so keep it short of what a person or a client retry waits.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")] public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Silos and clients of one deployment name the same cluster and service.</summary>
    public void ApplyTo(Orleans.Configuration.ClusterOptions cluster) => (cluster.ClusterId, cluster.ServiceId) = (ClusterId, ServiceId);
}
