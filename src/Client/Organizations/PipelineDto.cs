using Incubator.Geography;
using Incubator.Organizations;

namespace Incubator.Client.Organizations;

/// <summary>A district's pipeline: organizations per stage at each tier, and per incubator. Built from counts, not mapped.</summary>
public sealed record class PipelineDto(
    IReadOnlyList<PipelineCellDto> ByTier,
    IReadOnlyList<PipelineIncubatorDto> ByIncubator);

public sealed record class PipelineCellDto(AreaLevel Tier, OrganizationStage Stage, long Count);

public sealed record class PipelineIncubatorDto(Guid IncubatorId, string Name, AreaLevel Tier, IReadOnlyDictionary<OrganizationStage, long> Counts);
