namespace Incubator.Common;

/// <summary>
/// The time our domain rules see (due dates, overdue checks). Kept apart from the TimeProvider Orleans itself runs on,
/// so tests can move the domain months ahead without firing every runtime timer in the silo.
/// </summary>
public sealed class DomainClock(TimeProvider time)
{
    public static readonly DomainClock System = new(TimeProvider.System);

    public DateTimeOffset UtcNow => time.GetUtcNow();
}
