using System.Text.RegularExpressions;
using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.SocialWorkers;

/// <summary>
/// What a manager or district leader records about a social worker: who he is, whom he works for, where he serves,
/// what he can do and how many hours a week he has for community work. Stations are <c>IStationGrain</c> ids, kept as given.
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.SocialWorkerProfile")]
public sealed partial record class SocialWorkerProfile(
    string Name,
    string Phone,
    Guid? EmployerOrganizationId,
    Guid DistrictId,
    IReadOnlyList<Guid> CommunityIds,
    IReadOnlyList<Guid> StationIds,
    IReadOnlyList<ServiceDomain> Skills,
    int WeeklyHoursAvailable)
{
    public const int MaxNameLength = 50;

    public const int MaxWeeklyHours = 60;

    public const int MaxPlaces = 50;

    /// <summary>The phone rule organizations' contacts follow: a mobile number or a landline with area code.</summary>
    public const string PhonePattern = FileOrganization.ContactPhonePattern;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (FieldError.Text("name", Name, MaxNameLength) is { } name)
        {
            errors.Add(name);
        }

        if (string.IsNullOrWhiteSpace(Phone))
        {
            errors.Add(FieldError.Required("phone"));
        }
        else if (!PhoneShape().IsMatch(Phone.Trim()))
        {
            errors.Add(new("phone", ErrorCodes.Phone));
        }

        if (EmployerOrganizationId == Guid.Empty)
        {
            errors.Add(FieldError.Required("employerOrganizationId"));
        }

        if (DistrictId == Guid.Empty)
        {
            errors.Add(FieldError.Required("districtId"));
        }

        CheckIds(errors, "communityIds", CommunityIds);
        CheckIds(errors, "stationIds", StationIds);
        if (Skills is null || Skills.Count == 0)
        {
            errors.Add(new("skills", ErrorCodes.AtLeastOne));
        }
        else if (Skills.Any(s => !Enum.IsDefined(s)))
        {
            errors.Add(FieldError.UnknownValue("skills"));
        }

        if (WeeklyHoursAvailable is < 0 or > MaxWeeklyHours)
        {
            errors.Add(FieldError.OutOfRange("weeklyHoursAvailable", 0, MaxWeeklyHours));
        }

        return errors;
    }

    public SocialWorkerProfile Normalized() => this with
    {
        Name = Name.Trim(),
        Phone = Phone.Trim(),
        CommunityIds = CommunityIds.Distinct().ToArray(),
        StationIds = StationIds.Distinct().ToArray(),
        Skills = Skills.Distinct().Order().ToArray(),
    };

    private static void CheckIds(List<FieldError> errors, string field, IReadOnlyList<Guid>? ids)
    {
        if (ids is null)
        {
            return;
        }

        if (ids.Count > MaxPlaces)
        {
            errors.Add(new(field, ErrorCodes.TooMany, [ErrorArg.Text("max", MaxPlaces)]));
        }
        else if (ids.Contains(Guid.Empty))
        {
            errors.Add(FieldError.Required(field));
        }
    }

    [GeneratedRegex(PhonePattern)]
    private static partial Regex PhoneShape();
}
