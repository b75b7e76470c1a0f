using Incubator.Common;

namespace Incubator.SocialWorkers;

/// <summary>Hours a proposal asks of a social worker: so many hours every week from <paramref name="From"/> to <paramref name="Until"/> (both included).</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ReserveHours")]
public sealed record class ReserveHours(Guid ProposalId, int WeeklyHours, DateOnly From, DateOnly Until)
{
    /// <summary>The longest range one reservation may cover.</summary>
    public const int MaxDays = 3 * 366;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (ProposalId == Guid.Empty)
        {
            errors.Add(FieldError.Required("proposalId"));
        }

        if (WeeklyHours is < 1 or > SocialWorkerProfile.MaxWeeklyHours)
        {
            errors.Add(FieldError.OutOfRange("weeklyHours", 1, SocialWorkerProfile.MaxWeeklyHours));
        }

        if (Until < From)
        {
            errors.Add(new("until", ErrorCodes.EndsBeforeStart));
        }
        else if (Until.DayNumber - From.DayNumber > MaxDays)
        {
            errors.Add(FieldError.OutOfRange("until", From.ToString("yyyy-MM-dd"), From.AddDays(MaxDays).ToString("yyyy-MM-dd")));
        }

        return errors;
    }
}
