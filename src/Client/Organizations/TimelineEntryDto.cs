using Incubator.Organizations;

namespace Incubator.Client.Organizations;

public sealed record class TimelineEntryDto(DateTimeOffset At, string ActorId, string ActorName, TimelineAction Action, string Detail)
{
    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<TimelineEntry, TimelineEntryDto>().MaxDepth(MappingSetup.MaxDepth);
    }
}
