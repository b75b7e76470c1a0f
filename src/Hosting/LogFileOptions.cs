using System.ComponentModel.DataAnnotations;

namespace Incubator.Hosting;

/// <summary>Where a process writes its JSON log files; bound from the "Logging" section. No Directory: console only.</summary>
public sealed class LogFileOptions
{
    public const string Section = "Logging";

    /// <summary>The logs folder (./run.sh and deploy/run-cluster.sh set .data/logs/); files are named {FileName}-{yyyyMMdd}.json.</summary>
    public string? Directory { get; set; }

    /// <summary>Defaults to the process ("silo", "client"); deploy/run-cluster.sh names each silo (silo-1, silo-2).</summary>
    public string? FileName { get; set; }

    /// <summary>A file that reaches this size is continued in a new one (…_001.json).</summary>
    [Range(1, 10_000)] public int FileSizeLimitMegabytes { get; set; } = 100;

    /// <summary>Older files are deleted; one file a day unless the size limit rolls it sooner.</summary>
    [Range(1, 1_000)] public int RetainedFileCount { get; set; } = 31;
}
