using Incubator.Bookings;

namespace Incubator.Client.Bookings;

/// <summary>
/// The body of POST /api/bookings: the space, the organization, the purpose and either a one-off slot or a weekly slot.
/// Every field is optional here so that a missing one is reported by name.
/// </summary>
public sealed record class BookingRequestBody(Guid? SpaceId, Guid? OrganizationId, string? Purpose, OneOffRequest? OneOff, WeeklyRequest? Weekly)
{
    public (RequestBooking Command, IReadOnlyList<FieldError> Errors) ToCommand()
    {
        var errors = new List<FieldError>();
        if (SpaceId is null || SpaceId == Guid.Empty)
        {
            errors.Add(FieldError.Required("spaceId"));
        }

        OneOffSlot? once = null;
        if (OneOff is not null)
        {
            if (OneOff.Start is null)
            {
                errors.Add(FieldError.Required("start"));
            }

            if (OneOff.End is null)
            {
                errors.Add(FieldError.Required("end"));
            }

            once = new OneOffSlot(OneOff.Start ?? default, OneOff.End ?? default);
        }

        WeeklySlot? weekly = null;
        if (Weekly is not null)
        {
            if (Weekly.Weekday is null)
            {
                errors.Add(FieldError.Required("weekday"));
            }

            if (Weekly.Start is null || Weekly.End is null)
            {
                errors.Add(new(Weekly.Start is null ? "start" : "end", "Give the local start and end time."));
            }

            if (Weekly.From is null)
            {
                errors.Add(FieldError.Required("from"));
            }

            weekly = new WeeklySlot(Weekly.Weekday ?? default, Weekly.Start ?? default, Weekly.End ?? default, Weekly.From ?? default, Weekly.Weeks, Weekly.Until);
        }

        var command = new RequestBooking(OrganizationId ?? Guid.Empty, Purpose?.Trim() ?? "", once, weekly);
        if (errors.Count == 0)
        {
            errors.AddRange(command.Validate());
        }

        return (command, errors);
    }
}

/// <summary>Start and end instants with their offset, e.g. 2026-03-31T09:00:00+08:00.</summary>
public sealed record class OneOffRequest(DateTimeOffset? Start, DateTimeOffset? End);

/// <summary>Local times in the space's zone, e.g. Tuesday 09:00:00–11:00:00 from 2026-03-31 for 8 weeks (or until a date).</summary>
public sealed record class WeeklyRequest(DayOfWeek? Weekday, TimeOnly? Start, TimeOnly? End, DateOnly? From, int? Weeks, DateOnly? Until);

/// <summary>The body of POST …/decision: approve, or decline with a reason.</summary>
public sealed record class BookingDecisionRequest(bool? Approve, string? Reason);

/// <summary>The body of POST …/cancel: this occurrence only, or it and every later one.</summary>
public sealed record class CancelOccurrenceRequest(bool? RestOfSeries);
