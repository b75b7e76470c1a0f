using Incubator.Indexes;

namespace Incubator.Training;

public static class TrainingRecordExtensions
{
    /// <summary>The sessions attended under a <see cref="TrainingRecordKeys"/> key, newest first, with their hours summed.</summary>
    public static async Task<TrainingRecord> TrainingRecordAsync(this IGrainFactory grains, string key)
    {
        var sessions = await grains.Index<AttendedSession>(key).ListAsync();
        return new TrainingRecord(sessions.Sum(s => s.Hours), sessions);
    }
}
