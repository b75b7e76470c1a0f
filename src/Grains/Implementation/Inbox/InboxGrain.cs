using Orleans.Concurrency;

namespace Incubator.Inbox;

[StatelessWorker]
public sealed class InboxGrain(InboxReadModel inbox) : Grain, IInboxGrain
{
    public Task<IReadOnlyList<InboxItem>> OpenItemsAsync(IReadOnlyList<Guid>? incubatorIds, InboxAudience? audience) =>
        inbox.OpenItemsAsync(incubatorIds, audience);
}
