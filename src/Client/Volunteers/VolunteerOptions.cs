namespace Incubator.Client.Volunteers;

/// <summary>The "Volunteers" configuration section.</summary>
public sealed class VolunteerOptions
{
    public const string Section = "Volunteers";

    public static readonly IReadOnlyList<int> DefaultStarThresholds = [100, 300, 600, 1_000, 1_500];

    /// <summary>Cumulative confirmed hours for one to five stars, ascending; the defaults when not configured.</summary>
    public int[]? StarThresholds { get; set; }

    public IReadOnlyList<int> Thresholds => StarThresholds is { Length: > 0 } configured ? configured : DefaultStarThresholds;

    /// <summary>Stars (0 to the number of thresholds) for so many confirmed hours, and the hours the next star needs (null at the top).</summary>
    public (int Stars, int? NextAt) StarsFor(decimal hours)
    {
        var stars = Thresholds.Count(t => hours >= t);
        return (stars, stars < Thresholds.Count ? Thresholds[stars] : null);
    }

    public bool IsValid() => Thresholds.All(t => t > 0) && Thresholds.Zip(Thresholds.Skip(1)).All(p => p.First < p.Second);
}
