using Incubator.Party;

namespace Incubator.Client.Party;

public sealed record class PartyTrackDto(
    int FormalPartyMembers,
    PartyBranchForm BranchForm,
    string? InstructorName,
    bool OrganizationCoverage,
    bool WorkCoverage,
    IReadOnlyList<CheckpointDto> Checkpoints)
{
    private sealed class Mapping : DtoMap<PartyTrack, PartyTrackDto>;
}

public sealed record class CheckpointDto(
    Guid Id,
    CheckpointKind Kind,
    DateTimeOffset DueAt,
    CheckpointStatus Status,
    bool? Met,
    string? Note,
    string? CompletedBy,
    DateTimeOffset? CompletedAt)
{
    private sealed class Mapping : DtoMap<Checkpoint, CheckpointDto>;
}

public sealed record class CheckpointPlanDto(int FirstAfterDays, int IntervalDays, int BeforeGraduationDays)
{
    private sealed class Mapping : DtoMap<CheckpointPlan, CheckpointPlanDto>;
}
