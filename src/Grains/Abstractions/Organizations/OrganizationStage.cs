namespace Incubator.Organizations;

/// <summary>Where an organization stands in incubation (孵化周期).</summary>
public enum OrganizationStage
{
    /// <summary>申请入驻</summary>
    Applied = 0,
    /// <summary>评估</summary>
    Screening = 1,
    /// <summary>入壳/孵化中</summary>
    Incubating = 2,
    /// <summary>出壳评估</summary>
    GraduationReview = 3,
    /// <summary>出壳</summary>
    Graduated = 4,
    /// <summary>延期</summary>
    Extended = 5,
    /// <summary>退出</summary>
    Exited = 6,
}
