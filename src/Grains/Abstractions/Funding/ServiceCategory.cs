namespace Incubator.Funding;

/// <summary>What a purchased service is for (docs/domain.md §6: home-based elderly care, community social work, incubation-base operation, staff training …).</summary>
public enum ServiceCategory
{
    /// <summary>居家养老</summary>
    ElderlyCare = 0,
    /// <summary>社区社会工作服务</summary>
    CommunitySocialWork = 1,
    /// <summary>孵化基地运营</summary>
    IncubationOperation = 2,
    /// <summary>人员培训</summary>
    StaffTraining = 3,
    /// <summary>助残</summary>
    DisabilityAid = 4,
    /// <summary>青少年与家庭</summary>
    YouthAndFamily = 5,
    /// <summary>其他</summary>
    Other = 6,
}
