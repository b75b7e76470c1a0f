using Incubator.Organizations;

namespace Incubator.Client.Inbox;

public sealed record class ReviewTaskDto(Guid OrganizationId, Guid IncubatorId, string OrganizationName, DateTimeOffset DueAt, DateTimeOffset OpenedAt)
{
    private sealed class Mapping : DtoMap<ReviewTask, ReviewTaskDto>;
}
