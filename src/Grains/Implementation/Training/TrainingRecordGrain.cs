using Incubator.Common;

namespace Incubator.Training;

/// <summary>Persisted state of <see cref="TrainingRecordGrain"/>. Stored by type name: never rename or renumber.</summary>
[GenerateSerializer, Alias("Incubator.TrainingRecordState")]
public sealed class TrainingRecordState
{
    /// <summary>Keyed by session id: a session counts once, however often its attendance is corrected.</summary>
    [Id(0)] public Dictionary<Guid, AttendedSession> Sessions { get; set; } = [];
}

public sealed class TrainingRecordGrain(
    [PersistentState("trainingRecord", StorageNames.Incubator)] IPersistentState<TrainingRecordState> state) : Grain, ITrainingRecordGrain
{
    public async Task RecordAttendanceAsync(AttendedSession session)
    {
        state.State.Sessions[session.SessionId] = session;
        await state.WriteStateAsync();
    }

    public async Task RemoveAttendanceAsync(Guid sessionId)
    {
        if (state.State.Sessions.Remove(sessionId))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<TrainingRecord> GetAsync() =>
        Task.FromResult(new TrainingRecord(Hours(), state.State.Sessions.Values.OrderByDescending(s => s.StartsAt).ToArray()));

    public Task<decimal> GetAttendedHoursAsync() => Task.FromResult(Hours());

    private decimal Hours() => state.State.Sessions.Values.Sum(s => s.Hours);
}
