namespace Incubator.SupportPlans;

/// <summary>Persisted state of <see cref="SupportPlanGrain"/>. Stored as JSON with its type names: never rename them or renumber their ids.</summary>
[GenerateSerializer, Alias("Incubator.SupportPlanState")]
public sealed class SupportPlanState
{
    [Id(0)] public List<MilestoneState> Milestones { get; set; } = [];
    [Id(1)] public List<ConsultingSession> Consulting { get; set; } = [];
}

[GenerateSerializer, Alias("Incubator.MilestoneState")]
public sealed class MilestoneState
{
    [Id(0)] public Guid Id { get; set; }
    [Id(1)] public SupportTrack Track { get; set; }
    [Id(2)] public string Title { get; set; } = "";
    [Id(3)] public string OwnerName { get; set; } = "";
    [Id(4)] public string? OwnerUserId { get; set; }
    [Id(5)] public DateOnly DueDate { get; set; }
    [Id(6)] public MilestoneStatus Status { get; set; }
    [Id(7)] public string? Note { get; set; }
    [Id(8)] public DateTimeOffset CreatedAt { get; set; }
    [Id(9)] public DateTimeOffset UpdatedAt { get; set; }
}
