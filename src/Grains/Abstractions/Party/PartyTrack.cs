namespace Incubator.Party;

/// <summary>The party track of an organization: its profile, coverage and checkpoints.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.PartyTrack")]
public sealed record class PartyTrack(
    int FormalPartyMembers,
    PartyBranchForm BranchForm,
    string? InstructorName,
    bool OrganizationCoverage,
    bool WorkCoverage,
    IReadOnlyList<Checkpoint> Checkpoints);
