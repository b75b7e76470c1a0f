namespace Incubator.Bookings;

/// <summary>A half-open interval [Start, End) in UTC: back-to-back slots do not overlap.</summary>
public readonly record struct Slot(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(Slot other) => Start < other.End && other.Start < End;

    public double Hours => (End - Start).TotalHours;
}
