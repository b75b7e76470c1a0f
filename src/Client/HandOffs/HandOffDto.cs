using Incubator.HandOffs;

namespace Incubator.Client.HandOffs;

public sealed record class HandOffDto(HandOffKind Kind, Guid FromIncubatorId, Guid ToIncubatorId, string Note, DateTimeOffset RequestedAt, string RequestedBy)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<HandOff, HandOffDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}

public sealed record class IncubatorTenureDto(Guid IncubatorId, DateTimeOffset From, DateTimeOffset? To)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<IncubatorTenure, IncubatorTenureDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
