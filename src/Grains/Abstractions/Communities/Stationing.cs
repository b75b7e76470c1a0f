using Incubator.Common;

namespace Incubator.Communities;

/// <summary>
/// Station an organization in the community (进驻社区, docs/domain.md §3): the agreement period (from, until, inclusive) and
/// optionally the space it uses (a space of an incubator in the community). The organization must be held by the community's
/// incubator: a graduate gets there through an accepted Stationing hand-off.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.StartStationing")]
public sealed record class StartStationing(Guid OrganizationId, DateOnly StartsOn, DateOnly EndsOn, Guid? SpaceId, string Note)
{
    public const int MaxYears = 10;
    public const int MaxNoteLength = 500;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (OrganizationId == Guid.Empty)
        {
            errors.Add(FieldError.Required("organizationId"));
        }

        if (StartsOn == default)
        {
            errors.Add(FieldError.Required("startsOn"));
        }

        if (EndsOn == default)
        {
            errors.Add(FieldError.Required("endsOn"));
        }
        else if (StartsOn != default && EndsOn < StartsOn)
        {
            errors.Add(new FieldError("endsOn", ErrorCodes.EndsBeforeStart));
        }
        else if (StartsOn != default && EndsOn > StartsOn.AddYears(MaxYears))
        {
            errors.Add(FieldError.OutOfRange("endsOn", StartsOn.ToString("yyyy-MM-dd"), StartsOn.AddYears(MaxYears).ToString("yyyy-MM-dd")));
        }

        if ((Note?.Trim().Length ?? 0) > MaxNoteLength)
        {
            errors.Add(FieldError.TooLong("note", MaxNoteLength));
        }

        return errors;
    }
}

/// <summary>End a stay: the day it ended (not before it started) and why.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.EndStationing")]
public sealed record class EndStationing(Guid StationingId, DateOnly EndedOn, string Reason)
{
    public const int MaxReasonLength = 500;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (StationingId == Guid.Empty)
        {
            errors.Add(FieldError.Required("stationingId"));
        }

        if (EndedOn == default)
        {
            errors.Add(FieldError.Required("endedOn"));
        }

        if (FieldError.Text("reason", Reason, MaxReasonLength) is { } reason)
        {
            errors.Add(reason);
        }

        return errors;
    }
}

/// <summary>A stationing agreement; active while <see cref="EndedOn"/> is null.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.StationingRecord")]
public sealed record class StationingRecord(
    Guid Id,
    Guid CommunityId,
    Guid OrganizationId,
    string OrganizationName,
    DateOnly StartsOn,
    DateOnly EndsOn,
    Guid? SpaceId,
    string? SpaceName,
    string Note,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    DateOnly? EndedOn,
    string? EndReason)
{
    public bool IsActive => EndedOn is null;
}
