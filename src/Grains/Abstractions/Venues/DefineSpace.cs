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
            errors.Add(FieldError.Required("incubatorId"));
        }

        if (!Enum.IsDefined(Kind))
        {
            errors.Add(FieldError.UnknownValue("kind"));
        }

        if (FieldError.Text("name", Name, MaxNameLength) is { } name)
        {
            errors.Add(name);
        }

        if (Capacity is < 1 or > MaxCapacity)
        {
            errors.Add(FieldError.OutOfRange("capacity", 1, MaxCapacity));
        }

        errors.AddRange(DailyHours.Check("openingHours", OpeningHours));
        if (Equipment is null || Equipment.Count > MaxEquipment || Equipment.Any(e => string.IsNullOrWhiteSpace(e) || e.Trim().Length > MaxEquipmentLength))
        {
            errors.Add(FieldError.Of("equipment", ErrorCodes.SpaceEquipment, ErrorArg.Text("max", MaxEquipment), ErrorArg.Text("maxLength", MaxEquipmentLength)));
        }

        if (CheckInGraceMinutes is < 0 or > MaxGraceMinutes)
        {
            errors.Add(FieldError.OutOfRange("checkInGraceMinutes", 0, MaxGraceMinutes));
        }

        if (!VenueTime.IsKnown(TimeZoneId))
        {
            errors.Add(FieldError.Of("timeZoneId", ErrorCodes.SpaceTimeZone, ErrorArg.Text("value", TimeZoneId), ErrorArg.Text("example", VenueTime.DefaultTimeZoneId)));
        }

        return errors;
    }

    public DefineSpace Normalized() => this with
    {
        Name = Name.Trim(),
        OpeningHours = DailyHours.MondayFirst(OpeningHours),
        Equipment = Equipment.Select(e => e.Trim()).Distinct().ToArray(),
    };
}
