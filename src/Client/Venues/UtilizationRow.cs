

namespace Incubator.Client.Venues;

/// <summary>One space's use in one week or month.</summary>
public sealed record class UtilizationRow(SpaceDto Space, SpaceUsageDto Usage);
