using System.ComponentModel.DataAnnotations;
using Incubator.Organizations;

namespace Incubator.Client.Organizations;

/// <summary>The body of POST /api/organizations. Every field is optional here so that a missing one is reported by name, not as unreadable JSON.</summary>
/// <remarks>The attributes state, for the OpenAPI schema, the rules <see cref="FileOrganization.Validate"/> enforces, from its constants.</remarks>
public sealed record class FileOrganizationRequest(
    [property: Required] Guid? IncubatorId,
    [property: Required, StringLength(FileOrganization.MaxNameLength, MinimumLength = 1)] string? Name,
    [property: Required] OrganizationCategory? Category,
    [property: Required, MinLength(1)] IReadOnlyList<ServiceDomain>? ServiceDomains,
    [property: Required, StringLength(FileOrganization.MaxContactNameLength, MinimumLength = 1)] string? ContactName,
    [property: Required, RegularExpression(FileOrganization.ContactPhonePattern)] string? ContactPhone,
    string? CreditCode,
    LegalForm? LegalForm = null)
{
    /// <summary>The command, or every reason it cannot be made.</summary>
    public (FileOrganization Command, IReadOnlyList<FieldError> Errors) ToCommand()
    {
        var command = new FileOrganization(
            IncubatorId ?? Guid.Empty,
            Name ?? "",
            Category ?? OrganizationCategory.Other,
            ServiceDomains ?? [],
            ContactName ?? "",
            ContactPhone ?? "",
            CreditCode,
            LegalForm);
        var errors = command.Validate().ToList();
        if (Category is null)
        {
            errors.Add(FieldError.Required("category"));
        }

        return (command.Normalized(), errors);
    }
}

/// <summary>The body of POST /api/organizations/{id}/admission.</summary>
public sealed record class AdmitOrganizationRequest(int? IncubationMonths)
{
    public AdmitOrganization ToCommand() => new(IncubationMonths ?? AdmitOrganization.DefaultMonths);
}

/// <summary>The body of POST /api/organizations/{id}/registration: the credit code and the legal form registered in, whose type it must carry.</summary>
public sealed record class RegisterOrganizationRequest(string? CreditCode, LegalForm? LegalForm);

/// <summary>The body of PATCH /api/organizations/{id}: each field given is changed, each one left out is kept.</summary>
public sealed record class EditOrganizationRequest(string? Name, IReadOnlyList<ServiceDomain>? ServiceDomains, string? ContactName, string? ContactPhone)
{
    public EditOrganization ToCommand() => new(Name, ServiceDomains, ContactName, ContactPhone);
}

/// <summary>The body of POST /api/organizations/{id}/exit.</summary>
public sealed record class ExitOrganizationRequest(string? Reason);
