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
