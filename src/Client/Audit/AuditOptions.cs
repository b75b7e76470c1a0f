namespace Incubator.Client.Audit;

/// <summary>Section "Audit": how long entries are kept.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>The database refuses to delete entries younger than this (0018_audit_log.sql).</summary>
    public const int MinimumRetentionDays = 30;

    /// <summary>Entries older than this many days are deleted by <see cref="AuditRetention"/>.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>How often the retention job runs.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(6);
}
