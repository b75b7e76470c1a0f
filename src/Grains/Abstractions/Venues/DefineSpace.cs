using Incubator.Common;

namespace Incubator.Venues;

/// <summary>
/// What a manager says about a space: kind, name, capacity (people), opening hours per weekday, equipment, whether other
/// tiers of the district may book it (场地共享), whether bookings are approved without him, and how long after its start an
/// occurrence without check-in is released (no-show).
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.DefineSpace")]
public sealed record class DefineSpace(
    Guid IncubatorId,
    SpaceKind Kind,
    string Name,
    int Capacity,
    IReadOnlyList<DailyHours> OpeningHours,
    IReadOnlyList<string> Equipment,
    bool SharedWithDistrict,
    bool AutoApprove,
    int CheckInGraceMinutes,
    string TimeZoneId)
{
    public const int MaxNameLength = 100;
    public const int MaxCapacity = 2000;
    public const int MaxEquipment = 30;
    public const int MaxEquipmentLength = 50;
    public const int DefaultGraceMinutes = 15;
    public const int MaxGraceMinutes = 240;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (IncubatorId == Guid.Empty)
        {
            errors.Add(new("incubatorId", "Choose the incubator that owns the space."));
        }

        if (!Enum.IsDefined(Kind))
        {
            errors.Add(new("kind", "Choose Desk, Office, MeetingRoom or ActivityHall."));
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            errors.Add(new("name", "This field is required."));
        }
        else if (Name.Trim().Length > MaxNameLength)
        {
            errors.Add(new("name", $"At most {MaxNameLength} characters."));
        }

        if (Capacity is < 1 or > MaxCapacity)
        {
            errors.Add(new("capacity", $"A space holds 1 to {MaxCapacity} people."));
        }

        ValidateHours(errors);
        if (Equipment is null || Equipment.Count > MaxEquipment || Equipment.Any(e => string.IsNullOrWhiteSpace(e) || e.Trim().Length > MaxEquipmentLength))
        {
            errors.Add(new("equipment", $"At most {MaxEquipment} items, each named in at most {MaxEquipmentLength} characters."));
        }

        if (CheckInGraceMinutes is < 0 or > MaxGraceMinutes)
        {
            errors.Add(new("checkInGraceMinutes", $"The check-in grace is 0 to {MaxGraceMinutes} minutes."));
        }

        if (!VenueTime.IsKnown(TimeZoneId))
        {
            errors.Add(new("timeZoneId", $"'{TimeZoneId}' is not a known time zone (e.g. {VenueTime.DefaultTimeZoneId})."));
        }

        return errors;
    }

    public DefineSpace Normalized() => this with
    {
        Name = Name.Trim(),
        OpeningHours = OpeningHours.OrderBy(h => ((int)h.Day + 6) % 7).ToArray(),
        Equipment = Equipment.Select(e => e.Trim()).Distinct().ToArray(),
    };

    private void ValidateHours(List<FieldError> errors)
    {
        if (OpeningHours is null || OpeningHours.Count == 0)
        {
            errors.Add(new("openingHours", "Give the opening hours of at least one weekday."));
            return;
        }

        if (OpeningHours.Any(h => !Enum.IsDefined(h.Day)) || OpeningHours.Select(h => h.Day).Distinct().Count() != OpeningHours.Count)
        {
            errors.Add(new("openingHours", "Give each weekday at most once."));
        }

        if (OpeningHours.Any(h => h.Closes <= h.Opens))
        {
            errors.Add(new("openingHours", "A space closes after it opens, on the same day."));
        }
    }
}
