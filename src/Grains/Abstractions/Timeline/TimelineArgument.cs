using System.Globalization;

namespace Incubator.Timeline;

/// <summary>
/// One named value of a timeline entry, kept invariant (ids, numbers, ISO dates, enum member names) so the Client can
/// render it for the viewer: the name says how (see <see cref="TimelineArgs"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.Timeline.TimelineArgument")]
public sealed record class TimelineArgument(string Name, string Value)
{
    public static TimelineArgument Text(string name, string value) => new(name, value);

    public static TimelineArgument Id(string name, Guid id) => new(name, id.ToString());

    public static TimelineArgument Number(string name, int value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    public static TimelineArgument Number(string name, decimal value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Exact yuan, as <see cref="Funding.Money"/> keeps it.</summary>
    public static TimelineArgument Amount(decimal yuan) => new(TimelineArgs.Amount, yuan.ToString(CultureInfo.InvariantCulture));

    public static TimelineArgument Flag(string name, bool value) => new(name, value ? "true" : "false");

    /// <summary>A calendar date, "yyyy-MM-dd".</summary>
    public static TimelineArgument Date(string name, DateOnly date) => new(name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The UTC calendar date of an instant, "yyyy-MM-dd", as due dates were always shown.</summary>
    public static TimelineArgument Date(string name, DateTimeOffset at) => Date(name, DateOnly.FromDateTime(at.UtcDateTime));

    /// <summary>Several dates, comma-separated.</summary>
    public static TimelineArgument Dates(string name, IEnumerable<DateTimeOffset> dates) =>
        new(name, string.Join(",", dates.Select(d => d.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));

    /// <summary>An instant in UTC (round-trip format); shown in the viewer's time zone.</summary>
    public static TimelineArgument Time(string name, DateTimeOffset at) => new(name, at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>An enum member by name; shown by its UI label.</summary>
    public static TimelineArgument Enum<T>(string name, T value) where T : struct, System.Enum => new(name, value.ToString());

    /// <summary>Several names (enum members or field names), comma-separated.</summary>
    public static TimelineArgument List(string name, IEnumerable<string> values) => new(name, string.Join(",", values));
}
