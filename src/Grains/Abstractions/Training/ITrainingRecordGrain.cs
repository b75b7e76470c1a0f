namespace Incubator.Training;

/// <summary>
/// The sessions one organization or one social worker attended, keyed by <see cref="TrainingRecordKeys"/>. Written only by
/// sessions when attendance is recorded; read by the graduation gate and the training pages.
/// </summary>
public interface ITrainingRecordGrain : IGrainWithStringKey
{
    /// <summary>Adds the session, or replaces it when recorded before.</summary>
    Task RecordAttendanceAsync(AttendedSession session);

    /// <summary>Attendance was corrected to absent: the session no longer counts.</summary>
    Task RemoveAttendanceAsync(Guid sessionId);

    /// <summary>Newest session first.</summary>
    Task<TrainingRecord> GetAsync();

    Task<decimal> GetAttendedHoursAsync();
}

/// <summary>The keys of <see cref="ITrainingRecordGrain"/>: organizations and people are told apart by a prefix.</summary>
public static class TrainingRecordKeys
{
    public static string Organization(Guid organizationId) => $"organization/{organizationId:N}";

    public static string Person(string userId) => $"person/{userId}";

    public static string For(EnrolleeKind kind, string enrolleeId) => kind == EnrolleeKind.Organization
        ? Organization(Guid.Parse(enrolleeId))
        : Person(enrolleeId);
}
