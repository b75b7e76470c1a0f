using Incubator.HandOffs;

namespace Incubator.Client.HandOffs;

public sealed record class HandOffDto(HandOffKind Kind, Guid FromIncubatorId, Guid ToIncubatorId, string Note, DateTimeOffset RequestedAt, string RequestedBy)
{
    private sealed class Mapping : DtoMap<HandOff, HandOffDto>;
}

public sealed record class IncubatorTenureDto(Guid IncubatorId, DateTimeOffset From, DateTimeOffset? To)
{
    private sealed class Mapping : DtoMap<IncubatorTenure, IncubatorTenureDto>;
}
