namespace Incubator.Cohorts;

/// <summary>The columns of a cohort board, in the order a manager works through them.</summary>
public enum BoardColumn
{
    /// <summary>申请入驻: applied, not scored yet.</summary>
    Applied = 0,
    /// <summary>评估: scored, not decided yet.</summary>
    Screening = 1,
    /// <summary>候补</summary>
    Waitlisted = 2,
    /// <summary>孵化中</summary>
    Incubating = 3,
    /// <summary>出壳评估</summary>
    GraduationReview = 4,
    /// <summary>延期</summary>
    Extended = 5,
    /// <summary>出壳</summary>
    Graduated = 6,
    /// <summary>退出</summary>
    Exited = 7,
    /// <summary>不予入驻</summary>
    Declined = 8,
}
