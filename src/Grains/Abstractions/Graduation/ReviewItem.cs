namespace Incubator.Graduation;

/// <summary>The parts of the composite graduation gate (出壳评估, docs/domain.md §4.4).</summary>
public enum ReviewItem
{
    /// <summary>Registered with civil affairs (computed from the legal status).</summary>
    Registered = 0,
    /// <summary>Charter and board in place (recorded by the manager).</summary>
    Governance = 1,
    /// <summary>Financial records kept (recorded).</summary>
    FinancialRecords = 2,
    /// <summary>Services delivered (recorded).</summary>
    ServicesDelivered = 3,
    /// <summary>Training completed (computed from the hours of attended training sessions).</summary>
    TrainingCompleted = 4,
    /// <summary>Party organization and work coverage (computed from the party track).</summary>
    PartyCoverage = 5,
}
