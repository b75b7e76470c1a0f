namespace Incubator.Venues;

/// <summary>When a space is open on one weekday, in the space's local time; a weekday without an entry is closed.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.DailyHours")]
public sealed record class DailyHours(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);
