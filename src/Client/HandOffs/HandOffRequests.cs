namespace Incubator.Client.HandOffs;

/// <summary>Bodies of the hand-off endpoints. Fields are nullable so a missing one is reported by name.</summary>
public sealed record class HandOffRequest(Guid? ToIncubatorId, string? Note);

public sealed record class HandOffDecisionRequest(bool? Accept, string? Reason);
