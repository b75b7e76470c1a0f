namespace Incubator.Organizations;

/// <summary>How the projector polls the outbox.</summary>
public sealed class ProjectorOptions
{
    /// <summary>Rows younger than this belong to a write whose grain is projecting it right now.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The pause after a round that found work; it doubles while rounds find none.</summary>
    public TimeSpan MinIdleInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause between rounds: what an idle platform spends is one statement per silo per interval.</summary>
    public TimeSpan MaxIdleInterval { get; set; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; set; } = 100;
}
