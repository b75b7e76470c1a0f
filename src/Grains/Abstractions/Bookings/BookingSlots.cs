namespace Incubator.Bookings;

/// <summary>A one-off booking: start and end instants (any offset; kept in UTC).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.OneOffSlot")]
public sealed record class OneOffSlot(DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// A weekly booking: the same local start and end time on one weekday, from a date, for a number of weeks or until a date
/// (inclusive). Local means the space's time zone.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.WeeklySlot")]
public sealed record class WeeklySlot(DayOfWeek Weekday, TimeOnly Start, TimeOnly End, DateOnly From, int? Weeks, DateOnly? Until);
