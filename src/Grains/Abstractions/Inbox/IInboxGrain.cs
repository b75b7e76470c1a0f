namespace Incubator.Inbox;

/// <summary>Reads the inbox read model: what needs a manager or a party-building officer.</summary>
public interface IInboxGrain : IGrainWithIntegerKey
{
    /// <summary>Open items at these incubators (null = all) for this audience (null = every audience), soonest due first.</summary>
    Task<IReadOnlyList<InboxItem>> OpenItemsAsync(IReadOnlyList<Guid>? incubatorIds, InboxAudience? audience);
}
