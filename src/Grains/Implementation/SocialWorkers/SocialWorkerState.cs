namespace Incubator.SocialWorkers;

/// <summary>Persisted state of <see cref="SocialWorkerGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.SocialWorkerState")]
public sealed class SocialWorkerState
{
    [Id(0)] public SocialWorkerProfile? Profile { get; set; }
    [Id(1)] public Certification? Certification { get; set; }
    [Id(2)] public SocialWorkerStatus Status { get; set; }
    [Id(3)] public DateOnly? LeftOn { get; set; }
    [Id(4)] public string? AccountUserId { get; set; }
    [Id(5)] public List<HoursCommitment> Commitments { get; set; } = [];
    [Id(6)] public DateTimeOffset RegisteredAt { get; set; }
    [Id(7)] public string RegisteredBy { get; set; } = "";
}
