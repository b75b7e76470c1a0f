namespace Incubator.Hosting;

/// <summary>How silos find each other and the Client finds their gateways (setting Orleans:ClusteringMode); every process of a cluster uses the same.</summary>
public enum ClusteringMode
{
    /// <summary>One silo on this machine; the Client connects to its gateway port.</summary>
    Localhost = 0,

    /// <summary>Several silos find each other, and the Client finds their gateways, in PostgreSQL (orleans.membership).</summary>
    AdoNet = 1,
}
