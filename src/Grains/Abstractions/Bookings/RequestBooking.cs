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
            errors.Add(FieldError.Required("organizationId"));
        }

        if (FieldError.Text("purpose", Purpose, MaxPurposeLength) is { } purpose)
        {
            errors.Add(purpose);
        }

        switch (OneOff, Weekly)
        {
            case (null, null):
            case (not null, not null):
                errors.Add(new("schedule", ErrorCodes.BookingOneSchedule));
                break;
            case ({ } once, null) when once.End <= once.Start:
                errors.Add(new("end", ErrorCodes.EndsBeforeStart));
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
            errors.Add(FieldError.Required("weekday"));
        }

        if (weekly.End <= weekly.Start)
        {
            errors.Add(new("end", ErrorCodes.EndsBeforeStart));
        }

        switch (weekly.Weeks, weekly.Until)
        {
            case (null, null):
            case (not null, not null):
                errors.Add(new("weeks", ErrorCodes.BookingWeeksOrUntil));
                break;
            case ({ } weeks, null) when weeks is < 1 or > MaxWeeks:
                errors.Add(FieldError.OutOfRange("weeks", 1, MaxWeeks));
                break;
            case (null, { } until) when until < weekly.From:
                errors.Add(new("until", ErrorCodes.EndsBeforeStart));
                break;
            case (null, { } until) when until.DayNumber - weekly.From.DayNumber >= MaxWeeks * 7:
                errors.Add(FieldError.Of("until", ErrorCodes.BookingTooManyWeeks, ErrorArg.Text("max", MaxWeeks)));
                break;
        }
    }
}
