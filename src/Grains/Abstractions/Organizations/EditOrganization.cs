using Incubator.Common;

namespace Incubator.Organizations;

/// <summary>
/// A change to an organization's profile: each field given is changed, each null one kept. The name and the service
/// domains are the manager's to change; the contacts also the representative's (the Client checks who may send what).
/// </summary>
[GenerateSerializer, Immutable, Alias("Incubator.EditOrganization")]
public sealed record class EditOrganization(string? Name, IReadOnlyList<ServiceDomain>? ServiceDomains, string? ContactName, string? ContactPhone)
{
    public bool ChangesManagedFields => Name is not null || ServiceDomains is not null;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Name is not null)
        {
            FileOrganization.CheckName(errors, Name);
        }

        if (ServiceDomains is not null)
        {
            FileOrganization.CheckServiceDomains(errors, ServiceDomains);
        }

        if (ContactName is not null)
        {
            FileOrganization.CheckContactName(errors, ContactName);
        }

        if (ContactPhone is not null)
        {
            FileOrganization.CheckContactPhone(errors, ContactPhone);
        }

        return errors;
    }

    /// <summary>The same change with whitespace trimmed and domains without repeats.</summary>
    public EditOrganization Normalized() => this with
    {
        Name = Name?.Trim(),
        ContactName = ContactName?.Trim(),
        ContactPhone = ContactPhone?.Trim(),
        ServiceDomains = ServiceDomains?.Distinct().ToArray(),
    };
}
