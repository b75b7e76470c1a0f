namespace Incubator.Cohorts;

public enum CohortDecision
{
    /// <summary>入壳</summary>
    Admit = 0,
    /// <summary>候补</summary>
    Waitlist = 1,
    /// <summary>不予入驻</summary>
    Decline = 2,
}
