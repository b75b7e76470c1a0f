using Incubator.Graduation;
using Incubator.Party;

namespace Incubator.Client.Incubation;

/// <summary>Bodies of the incubation endpoints. Fields are nullable so a missing one is reported by name.</summary>
public sealed record class ReviewItemRequest(ReviewItem? Item, bool? Met, string? Note);

public sealed record class GraduationDecisionRequest(GraduationOutcome? Outcome, string? Reason, int? ExtensionMonths);

public sealed record class PartyProfileRequest(int? FormalPartyMembers, PartyBranchForm? BranchForm, string? InstructorName);

public sealed record class CheckpointResultRequest(bool? Met, string? Note);

public sealed record class HandOffRequest(Guid? ToIncubatorId, string? Note);

public sealed record class HandOffDecisionRequest(bool? Accept, string? Reason);

public sealed record class CheckpointPlanRequest(int? FirstAfterDays, int? IntervalDays, int? BeforeGraduationDays);
