namespace Incubator.Bookings;

/// <summary>
/// An incubator books a space for one of its training sessions: the same slot rules as an organization's request, approved
/// at once (the manager schedules it), and no check-in (the session's attendance is recorded instead).
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.TrainingBooking")]
public sealed record class TrainingBooking(Guid SessionId, Guid IncubatorId, string CourseTitle, OneOffSlot Slot);
