namespace Incubator.Inbox;

/// <summary>Something that needs a manager or a party-building officer of an incubator.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.InboxItem")]
public sealed record class InboxItem(
    string Key,
    Guid IncubatorId,
    InboxAudience Audience,
    InboxKind Kind,
    Guid OrganizationId,
    string OrganizationName,
    DateTimeOffset? DueAt,
    DateTimeOffset CreatedAt);
