namespace Incubator.Volunteers;

public enum SignUpStatus
{
    /// <summary>Holds a place in his role.</summary>
    Seated = 0,
    Waitlisted = 1,
    Cancelled = 2,
}
