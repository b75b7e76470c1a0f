using Incubator.Graduation;

namespace Incubator.Client.Graduation;

/// <summary>Bodies of the graduation endpoints. Fields are nullable so a missing one is reported by name.</summary>
public sealed record class ReviewItemRequest(ReviewItem? Item, bool? Met, string? Note);

public sealed record class GraduationDecisionRequest(GraduationOutcome? Outcome, string? Reason, int? ExtensionMonths);
