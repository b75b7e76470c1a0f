using Microsoft.AspNetCore.Identity;

namespace Incubator.Client.Accounts;

/// <summary>An account. Its role decides what ScopeId names: a district, an incubator, a community or an organization.</summary>
public sealed class IncubatorUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public Guid? ScopeId { get; set; }

    /// <summary>A disabled account cannot sign in, and its sessions end.</summary>
    public bool Disabled { get; set; }

    /// <summary>Set by a password reset: until the user chooses a new password he may do nothing else.</summary>
    public bool MustChangePassword { get; set; }
}
