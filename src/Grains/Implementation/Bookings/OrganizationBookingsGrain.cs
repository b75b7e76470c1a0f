using Incubator.Common;

namespace Incubator.Bookings;

/// <summary>Persisted copies of one organization's bookings. Stored by type name: never rename.</summary>
[GenerateSerializer, Alias("Incubator.OrganizationBookingsState")]
public sealed class OrganizationBookingsState
{
    [Id(0)] public Dictionary<Guid, BookingRecord> Bookings { get; set; } = [];
}

public sealed class OrganizationBookingsGrain(
    [PersistentState("organizationBookings", StorageNames.Incubator)] IPersistentState<OrganizationBookingsState> state) : Grain, IOrganizationBookingsGrain
{
    public async Task UpsertAsync(BookingRecord booking)
    {
        state.State.Bookings[booking.Id] = booking;
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<BookingRecord>> ListAsync() =>
        Task.FromResult<IReadOnlyList<BookingRecord>>(state.State.Bookings.Values
            .OrderBy(b => b.Occurrences.Count > 0 ? b.Occurrences[0].Start : b.RequestedAt)
            .ToArray());
}
