using Incubator.Party;

namespace Incubator.Organizations;

/// <summary>A checkpoint inside <see cref="OrganizationState"/>, with the id of its scheduled job. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.CheckpointState")]
public sealed class CheckpointState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public CheckpointKind Kind { get; set; }
    [Id(2)] public DateTimeOffset DueAt { get; set; }
    [Id(3)] public CheckpointStatus Status { get; set; }
    [Id(4)] public bool? Met { get; set; }
    [Id(5)] public string? Note { get; set; }
    [Id(6)] public string? CompletedBy { get; set; }
    [Id(7)] public DateTimeOffset? CompletedAt { get; set; }
    [Id(8)] public string? JobId { get; set; }

    public bool IsOpen => Status is CheckpointStatus.Pending or CheckpointStatus.Overdue;

    public Checkpoint ToRecord() => new(Id, Kind, DueAt, Status, Met, Note, CompletedBy, CompletedAt);
}
