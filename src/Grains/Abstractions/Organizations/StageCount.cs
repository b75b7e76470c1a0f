namespace Incubator.Organizations;

/// <summary>How many organizations an incubator has in one stage: a cell of the district pipeline.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.StageCount")]
public sealed record class StageCount(Guid IncubatorId, OrganizationStage Stage, long Count);
