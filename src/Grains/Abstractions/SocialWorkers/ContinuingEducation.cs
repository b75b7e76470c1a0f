using Incubator.Training;

namespace Incubator.SocialWorkers;

public static class ContinuingEducation
{
    /// <summary>
    /// His continuing education (继续教育): the training record his account's sessions wrote under
    /// <see cref="TrainingRecordKeys.Person"/>, the same record training keeps for everyone; empty while no account is linked.
    /// </summary>
    public static async Task<TrainingRecord> ContinuingEducationAsync(this IGrainFactory grains, SocialWorkerRecord socialWorker) =>
        socialWorker.AccountUserId is { } userId
            ? await grains.TrainingRecordAsync(TrainingRecordKeys.Person(userId))
            : new TrainingRecord(0m, []);
}
