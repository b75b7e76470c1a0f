namespace Incubator.Graduation;

public enum GraduationOutcome
{
    /// <summary>出壳</summary>
    Graduated = 0,
    /// <summary>延期: once, up to six months; the review is rescheduled.</summary>
    Extended = 1,
    /// <summary>退出</summary>
    Exited = 2,
}
