using Incubator.Venues;

namespace Incubator.Client.Venues;

/// <summary>
/// The body of POST /api/venues and PUT /api/venues/{id}. Every field is optional here so that a missing one is reported by
/// name; equipment defaults to none, the check-in grace to 15 minutes and the time zone to Asia/Shanghai.
/// </summary>
public sealed record class SpaceRequest(
    Guid? IncubatorId,
    SpaceKind? Kind,
    string? Name,
    int? Capacity,
    IReadOnlyList<DailyHours?>? OpeningHours,
    IReadOnlyList<string>? Equipment,
    bool? SharedWithDistrict,
    bool? AutoApprove,
    int? CheckInGraceMinutes,
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
