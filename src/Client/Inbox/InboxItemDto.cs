using Incubator.Inbox;

namespace Incubator.Client.Inbox;

public sealed record class InboxItemDto(
    string Key,
    Guid IncubatorId,
    InboxAudience Audience,
    InboxKind Kind,
    Guid OrganizationId,
    string OrganizationName,
    DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt)
{
    private sealed class Mapping : DtoMap<InboxItem, InboxItemDto>;
}
