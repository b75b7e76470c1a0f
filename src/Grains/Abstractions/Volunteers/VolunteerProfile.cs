using System.Text.RegularExpressions;
using Incubator.Common;
using Incubator.Organizations;

namespace Incubator.Volunteers;

/// <summary>
/// What a volunteer (志愿者) gives about himself when he registers: name and mobile number, the community he lives in,
/// his skills and when he is free. Least personal data: no ID-card number is asked for here (see <see cref="IVolunteerGrain"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.VolunteerProfile")]
public sealed partial record class VolunteerProfile(
    string Name,
    string MobileNumber,
    Guid CommunityId,
    IReadOnlyList<ServiceDomain> Skills,
    string? Availability)
{
    public const int MaxNameLength = 50;

    public const int MaxAvailabilityLength = 200;

    /// <summary>A mainland mobile number: sign-ups and check-ins reach him on his phone.</summary>
    public const string MobilePattern = @"^1[3-9]\d{9}$";

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (FieldError.Text("name", Name, MaxNameLength) is { } name)
        {
            errors.Add(name);
        }

        if (string.IsNullOrWhiteSpace(MobileNumber))
        {
            errors.Add(FieldError.Required("mobileNumber"));
        }
        else if (!MobileShape().IsMatch(MobileNumber.Trim()))
        {
            errors.Add(new("mobileNumber", ErrorCodes.Phone));
        }

        if (CommunityId == Guid.Empty)
        {
            errors.Add(FieldError.Required("communityId"));
        }

        if (Skills is not null && Skills.Any(s => !Enum.IsDefined(s)))
        {
            errors.Add(FieldError.UnknownValue("skills"));
        }

        if (!string.IsNullOrWhiteSpace(Availability) && FieldError.Text("availability", Availability, MaxAvailabilityLength) is { } availability)
        {
            errors.Add(availability);
        }

        return errors;
    }

    public VolunteerProfile Normalized() => this with
    {
        Name = Name.Trim(),
        MobileNumber = MobileNumber.Trim(),
        Skills = (Skills ?? []).Distinct().Order().ToArray(),
        Availability = string.IsNullOrWhiteSpace(Availability) ? null : Availability.Trim(),
    };

    [GeneratedRegex(MobilePattern)]
    private static partial Regex MobileShape();
}
