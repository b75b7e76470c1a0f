namespace Incubator.Client.Audit;

/// <summary>One line of the audit log: who (the signed-in actor, if any), when, what, on what, from which address.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public string? ActorId { get; set; }

    public string? ActorName { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>What the action was about: a user name, an account id, a path.</summary>
    public string? Target { get; set; }

    public string? Detail { get; set; }

    public string? ClientAddress { get; set; }

    public bool Succeeded { get; set; }
}
