using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Accounts;

/// <summary>Puts the account's scope and display name into its cookie and bearer token, so requests need no account lookup.</summary>
public sealed class IncubatorClaimsFactory(
    UserManager<IncubatorUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options) : UserClaimsPrincipalFactory<IncubatorUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(IncubatorUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserClaims.DisplayName, user.DisplayName));
        if (user.ScopeId is { } scope)
        {
            identity.AddClaim(new Claim(UserClaims.Scope, scope.ToString()));
        }

        return identity;
    }
}
