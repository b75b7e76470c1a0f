namespace Incubator.Silo;

/// <summary>How silos find each other; the Client must use the same mode (its Orleans:Clustering setting).</summary>
public enum ClusteringMode
{
    Localhost = 0,
    AdoNet = 1,
}
