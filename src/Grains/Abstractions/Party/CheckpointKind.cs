namespace Incubator.Party;

public enum CheckpointKind
{
    /// <summary>Soon after admission.</summary>
    AfterAdmission = 0,
    /// <summary>Periodically during incubation.</summary>
    Periodic = 1,
    /// <summary>Before the graduation review.</summary>
    BeforeGraduation = 2,
}
