using System.Text.RegularExpressions;
using Incubator.Common;

namespace Incubator.Organizations;

/// <summary>What an organization gives when it files (备案) at an incubator.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.FileOrganization")]
public sealed partial record class FileOrganization(
    Guid IncubatorId,
    string Name,
    OrganizationCategory Category,
    IReadOnlyList<ServiceDomain> ServiceDomains,
    string ContactName,
    string ContactPhone,
    string? CreditCode,
    LegalForm? LegalForm = null)
{
    public const int MaxNameLength = 100;
    public const int MaxContactNameLength = 50;

    /// <summary>A mobile number or a landline with area code; the OpenAPI schema of the request carries the same pattern.</summary>
    public const string ContactPhonePattern = @"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$";

    /// <summary>Every reason the request is unacceptable; empty when it can be filed. Credit codes are checked in canonical form.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (IncubatorId == Guid.Empty)
        {
            errors.Add(FieldError.Required("incubatorId"));
        }

        CheckName(errors, Name);
        if (!Enum.IsDefined(Category))
        {
            errors.Add(FieldError.UnknownValue("category"));
        }

        CheckServiceDomains(errors, ServiceDomains);
        CheckContactName(errors, ContactName);
        CheckContactPhone(errors, ContactPhone);

        // A code filed with the organization is its registration: its type must match the legal form registered in.
        if (LegalForm is { } form && !Enum.IsDefined(form))
        {
            errors.Add(FieldError.UnknownValue("legalForm"));
        }
        else if (!string.IsNullOrWhiteSpace(CreditCode))
        {
            var code = Organizations.CreditCode.Normalize(CreditCode);
            if (LegalForm is null)
            {
                errors.Add(FieldError.Required("legalForm"));
                if (Organizations.CreditCode.ValidateForCivilAffairs(code) is { } malformed)
                {
                    errors.Add(malformed);
                }
            }
            else if (Organizations.CreditCode.ValidateFor(code, LegalForm.Value) is { } reason)
            {
                errors.Add(reason);
            }
        }

        return errors;
    }

    /// <summary>The same request with whitespace trimmed and the credit code in canonical form (or null when blank).</summary>
    public FileOrganization Normalized() => this with
    {
        Name = Name.Trim(),
        ContactName = ContactName.Trim(),
        ContactPhone = ContactPhone.Trim(),
        CreditCode = string.IsNullOrWhiteSpace(CreditCode) ? null : Organizations.CreditCode.Normalize(CreditCode),
        ServiceDomains = ServiceDomains.Distinct().ToArray(),
    };

    // The checks of each field, shared with EditOrganization.
    internal static void CheckName(List<FieldError> errors, string? name) => RequireText(errors, "name", name, MaxNameLength);

    internal static void CheckContactName(List<FieldError> errors, string? contactName) => RequireText(errors, "contactName", contactName, MaxContactNameLength);

    internal static void CheckServiceDomains(List<FieldError> errors, IReadOnlyList<ServiceDomain>? domains)
    {
        if (domains is null || domains.Count == 0)
        {
            errors.Add(new("serviceDomains", ErrorCodes.AtLeastOne));
        }
        else if (domains.Any(d => !Enum.IsDefined(d)))
        {
            errors.Add(FieldError.UnknownValue("serviceDomains"));
        }
    }

    internal static void CheckContactPhone(List<FieldError> errors, string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            errors.Add(FieldError.Required("contactPhone"));
        }
        else if (!PhonePattern().IsMatch(phone.Trim()))
        {
            errors.Add(new("contactPhone", ErrorCodes.Phone));
        }
    }

    private static void RequireText(List<FieldError> errors, string field, string? value, int maxLength)
    {
        if (FieldError.Text(field, value, maxLength) is { } error)
        {
            errors.Add(error);
        }
    }

    [GeneratedRegex(ContactPhonePattern)]
    private static partial Regex PhonePattern();
}
