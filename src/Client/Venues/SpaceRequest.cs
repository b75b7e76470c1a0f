using System.ComponentModel.DataAnnotations;
using Incubator.Venues;

namespace Incubator.Client.Venues;

/// <summary>
/// The body of POST /api/venues and PUT /api/venues/{id}. Every field is optional here so that a missing one is reported by
/// name; equipment defaults to none, the check-in grace to 15 minutes and the time zone to Asia/Shanghai.
/// </summary>
/// <remarks>The attributes state, for the OpenAPI schema, the rules <see cref="DefineSpace.Validate"/> enforces, from its constants.</remarks>
public sealed record class SpaceRequest(
    [property: Required] Guid? IncubatorId,
    [property: Required] SpaceKind? Kind,
    [property: Required, StringLength(DefineSpace.MaxNameLength, MinimumLength = 1)] string? Name,
    [property: Required, Range(1, DefineSpace.MaxCapacity)] int? Capacity,
    IReadOnlyList<DailyHours?>? OpeningHours,
    [property: MaxLength(DefineSpace.MaxEquipment)] IReadOnlyList<string>? Equipment,
    bool? SharedWithDistrict,
    bool? AutoApprove,
    [property: Range(0, DefineSpace.MaxGraceMinutes)] int? CheckInGraceMinutes,
    string? TimeZoneId)
{
    public (DefineSpace Command, IReadOnlyList<FieldError> Errors) ToCommand()
    {
        var command = new DefineSpace(
            IncubatorId ?? Guid.Empty,
            Kind ?? (SpaceKind)(-1),
            Name ?? "",
            Capacity ?? 0,
            OpeningHours?.OfType<DailyHours>().ToArray() ?? [],
            Equipment ?? [],
            SharedWithDistrict ?? false,
            AutoApprove ?? false,
            CheckInGraceMinutes ?? DefineSpace.DefaultGraceMinutes,
            string.IsNullOrWhiteSpace(TimeZoneId) ? VenueTime.DefaultTimeZoneId : TimeZoneId.Trim());
        var errors = command.Validate();
        return (errors.Count == 0 ? command.Normalized() : command, errors);
    }
}
