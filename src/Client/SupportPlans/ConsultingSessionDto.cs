using Incubator.SupportPlans;

namespace Incubator.Client.SupportPlans;

public sealed record class ConsultingSessionDto(Guid Id, DateOnly On, decimal Hours, string Consultant, string Topic, string RecordedBy)
{
    private sealed class Mapping : DtoMap<ConsultingSession, ConsultingSessionDto>;
}
