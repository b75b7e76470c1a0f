using Incubator.Common;

namespace Incubator.Needs;

public sealed class NeedSettingsGrain(
    [PersistentState("needSettings", StorageNames.Incubator)] IPersistentState<NeedSettingsState> state) : Grain, INeedSettingsGrain
{
    /// <summary>Two weeks unless the community set its own (docs/domain.md §10).</summary>
    public const int DefaultEscalationDays = 14;
    public const int MaxEscalationDays = 180;

    public Task<int> EscalationDaysAsync() => Task.FromResult(state.State.EscalationDays ?? DefaultEscalationDays);

    public async Task<int> SetEscalationDaysAsync(int days, Actor actor)
    {
        if (days is < 1 or > MaxEscalationDays)
        {
            throw DomainException.Invalid(FieldError.OutOfRange("escalationDays", 1, MaxEscalationDays));
        }

        state.State.EscalationDays = days;
        await state.WriteStateAsync();
        return days;
    }
}
