using Incubator.Common;
using Incubator.Timeline;

namespace Incubator.Organizations;

/// <summary>Corrections and changes to the profile given at filing: name, service domains, contacts.</summary>
public sealed partial class OrganizationGrain
{
    public async Task<OrganizationRecord> EditAsync(EditOrganization command, Actor actor)
    {
        EnsureFiled();
        command = command.Normalized();
        DomainException.ThrowIfInvalid(command.Validate());
        var now = clock.UtcNow;
        var changed = false;

        if (command.Name is { } name && name != S.Name)
        {
            // The old name stays findable in the history: earlier documents and contracts bear it.
            S.FormerNames.Add(new FormerName(S.Name, now));
            Record(now, actor, TimelineAction.Renamed,
                TimelineArgument.Text(TimelineArgs.PreviousName, S.Name), TimelineArgument.Text(TimelineArgs.Name, name));
            S.Name = name;
            changed = true;
        }

        if (command.ServiceDomains is { } domains && !domains.ToHashSet().SetEquals(S.ServiceDomains))
        {
            S.ServiceDomains = [.. domains];
            Record(now, actor, TimelineAction.ServiceDomainsChanged,
                TimelineArgument.Text(TimelineArgs.ServiceDomains, string.Join(',', domains)));
            changed = true;
        }

        var contactName = command.ContactName ?? S.ContactName;
        var contactPhone = command.ContactPhone ?? S.ContactPhone;
        if (contactName != S.ContactName || contactPhone != S.ContactPhone)
        {
            // The phone number is personal data: the timeline, which more people read, names only the contact person.
            S.ContactName = contactName;
            S.ContactPhone = contactPhone;
            Record(now, actor, TimelineAction.ContactsChanged, TimelineArgument.Text(TimelineArgs.ContactName, contactName));
            changed = true;
        }

        return changed ? await SaveAsync() : ToRecord();
    }
}
