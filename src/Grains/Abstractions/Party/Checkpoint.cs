namespace Incubator.Party;

/// <summary>One co-incubation checkpoint (双孵化检查点): due date, owner role, and its result once held.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.Checkpoint")]
public sealed record class Checkpoint(
    Guid Id,
    CheckpointKind Kind,
    DateTimeOffset DueAt,
    CheckpointStatus Status,
    bool? Met,
    string? Note,
    string? CompletedBy,
    DateTimeOffset? CompletedAt);

public enum CheckpointKind
{
    /// <summary>Soon after admission.</summary>
    AfterAdmission = 0,
    /// <summary>Periodically during incubation.</summary>
    Periodic = 1,
    /// <summary>Before the graduation review.</summary>
    BeforeGraduation = 2,
}

public enum CheckpointStatus
{
    Pending = 0,
    Completed = 1,
    Overdue = 2,
    Cancelled = 3,
}
