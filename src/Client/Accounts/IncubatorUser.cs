using Microsoft.AspNetCore.Identity;

namespace Incubator.Client.Accounts;

/// <summary>An account. Its role decides what ScopeId names: a district, an incubator, a community or an organization.</summary>
public sealed class IncubatorUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public Guid? ScopeId { get; set; }
}
