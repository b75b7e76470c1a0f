using Incubator.Graduation;

namespace Incubator.Client.Graduation;

public sealed record class GateItemDto(ReviewItem Item, bool Met, bool Computed, string Note)
{
    private sealed class Mapping : DtoMap<GateItem, GateItemDto>;
}
