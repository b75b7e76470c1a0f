using Incubator.Common;

namespace Incubator.Inbox;

public sealed class NotificationsReadGrain(
    [PersistentState("notificationsRead", StorageNames.Incubator)] IPersistentState<NotificationsReadState> state) : Grain, INotificationsReadGrain
{
    public Task<DateTimeOffset?> GetLastReadAsync() => Task.FromResult(state.State.LastReadAt);

    public async Task MarkReadAsync(DateTimeOffset upTo)
    {
        if (state.State.LastReadAt is { } last && last >= upTo)
        {
            return;
        }

        state.State.LastReadAt = upTo.ToUniversalTime();
        await state.WriteStateAsync();
    }
}

/// <summary>Persisted state of <see cref="NotificationsReadGrain"/>. Stored as JSON with its type name: never rename it or renumber its ids.</summary>
[GenerateSerializer, Alias("Incubator.NotificationsReadState")]
public sealed class NotificationsReadState
{
    [Id(0)] public DateTimeOffset? LastReadAt { get; set; }
}
