namespace Incubator.Training;

/// <summary>The keys of training records (indexes of <see cref="AttendedSession"/>): organizations and people are told apart by a prefix.</summary>
public static class TrainingRecordKeys
{
    public static string Organization(Guid organizationId) => $"organization/{organizationId:N}";

    public static string Person(string userId) => $"person/{userId}";

    public static string For(EnrolleeKind kind, string enrolleeId) => kind == EnrolleeKind.Organization
        ? Organization(Guid.Parse(enrolleeId))
        : Person(enrolleeId);
}
