using Incubator.Party;

namespace Incubator.Client.Party;

/// <summary>Bodies of the party co-incubation endpoints. Fields are nullable so a missing one is reported by name.</summary>
public sealed record class PartyProfileRequest(int? FormalPartyMembers, PartyBranchForm? BranchForm, string? InstructorName);

public sealed record class CheckpointResultRequest(bool? Met, string? Note);

public sealed record class CheckpointPlanRequest(int? FirstAfterDays, int? IntervalDays, int? BeforeGraduationDays);
