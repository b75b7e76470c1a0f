using Incubator.Common;

namespace Incubator.Party;

/// <summary>
/// When an incubator holds co-incubation checkpoints: a first one some days after admission, then every interval,
/// and one some days before the graduation review. Each incubator may change its plan.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.CheckpointPlan")]
public sealed record class CheckpointPlan(int FirstAfterDays, int IntervalDays, int BeforeGraduationDays)
{
    public static readonly CheckpointPlan Default = new(30, 90, 30);

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (FirstAfterDays is < 1 or > 365)
        {
            errors.Add(FieldError.OutOfRange("firstAfterDays", 1, 365));
        }

        if (IntervalDays is < 7 or > 365)
        {
            errors.Add(FieldError.OutOfRange("intervalDays", 7, 365));
        }

        if (BeforeGraduationDays is < 1 or > 180)
        {
            errors.Add(FieldError.OutOfRange("beforeGraduationDays", 1, 180));
        }

        return errors;
    }

    /// <summary>
    /// The due dates between <paramref name="from"/> and <paramref name="reviewAt"/>: the first, the periodic ones, and the
    /// one before graduation; periodic ones closer than a week to the last are dropped so two do not fall together.
    /// </summary>
    public IReadOnlyList<(CheckpointKind Kind, DateTimeOffset DueAt)> DueDates(DateTimeOffset admittedAt, DateTimeOffset from, DateTimeOffset reviewAt)
    {
        var last = reviewAt.AddDays(-BeforeGraduationDays);
        var dates = new List<(CheckpointKind, DateTimeOffset)>();
        var first = admittedAt.AddDays(FirstAfterDays);
        if (first >= from && first < last.AddDays(-7))
        {
            dates.Add((CheckpointKind.AfterAdmission, first));
        }

        for (var due = first.AddDays(IntervalDays); due < last.AddDays(-7); due = due.AddDays(IntervalDays))
        {
            if (due >= from)
            {
                dates.Add((CheckpointKind.Periodic, due));
            }
        }

        if (last >= from)
        {
            dates.Add((CheckpointKind.BeforeGraduation, last));
        }

        return dates;
    }
}
