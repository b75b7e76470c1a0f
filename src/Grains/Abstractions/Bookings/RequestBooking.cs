using Incubator.Common;

namespace Incubator.Bookings;

/// <summary>An organization asks for a space once (OneOff) or every week (Weekly); exactly one of the two is given.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.RequestBooking")]
public sealed record class RequestBooking(Guid OrganizationId, string Purpose, OneOffSlot? OneOff, WeeklySlot? Weekly)
{
    public const int MaxPurposeLength = 200;
    public const int MaxWeeks = 52;

    /// <summary>Checks what needs no space: the space's hours and bookings are checked by its grain.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (OrganizationId == Guid.Empty)
        {
            errors.Add(new("organizationId", "Choose the organization that books."));
        }

        if (string.IsNullOrWhiteSpace(Purpose))
        {
            errors.Add(new("purpose", "Say what the space is for."));
        }
        else if (Purpose.Trim().Length > MaxPurposeLength)
        {
            errors.Add(new("purpose", $"At most {MaxPurposeLength} characters."));
        }

        switch (OneOff, Weekly)
        {
            case (null, null):
            case (not null, not null):
                errors.Add(new("schedule", "Give either a one-off slot or a weekly slot."));
                break;
            case ({ } once, null) when once.End <= once.Start:
                errors.Add(new("end", "The end is after the start."));
                break;
            case (null, { } weekly):
                ValidateWeekly(weekly, errors);
                break;
        }

        return errors;
    }

    private static void ValidateWeekly(WeeklySlot weekly, List<FieldError> errors)
    {
        if (!Enum.IsDefined(weekly.Weekday))
        {
            errors.Add(new("weekday", "Choose a weekday."));
        }

        if (weekly.End <= weekly.Start)
        {
            errors.Add(new("end", "The end is after the start, on the same day."));
        }

        switch (weekly.Weeks, weekly.Until)
        {
            case (null, null):
            case (not null, not null):
                errors.Add(new("weeks", "Give either the number of weeks or the last date."));
                break;
            case ({ } weeks, null) when weeks is < 1 or > MaxWeeks:
                errors.Add(new("weeks", $"A series runs 1 to {MaxWeeks} weeks."));
                break;
            case (null, { } until) when until < weekly.From:
                errors.Add(new("until", "The last date is on or after the first."));
                break;
            case (null, { } until) when until.DayNumber - weekly.From.DayNumber >= MaxWeeks * 7:
                errors.Add(new("until", $"A series runs at most {MaxWeeks} weeks."));
                break;
        }
    }
}
