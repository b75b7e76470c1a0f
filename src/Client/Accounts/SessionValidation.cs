using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Accounts;

/// <summary>
/// Checks every authenticated request, cookie or bearer, against the database: the session is live, its token is of the
/// current refresh generation, the account is enabled and its security stamp is the one the token was issued with.
/// One primary-key query per request (remembered for the rest of it), so a logout, a disabled account, a new role or a
/// new password ends the old cookie and token on the very next request, in every Client process.
/// </summary>
public sealed class SessionValidation(AccountsDbContext db, TimeProvider time, IOptions<IdentityOptions> identity) : IClaimsTransformation
{
    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    private readonly Dictionary<(string User, string Session, string? Generation, string? Stamp), ClaimsPrincipal> _checked = [];

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return principal;
        }

        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessionText = principal.FindFirstValue(UserClaims.Session);
        if (userId is null || !Guid.TryParse(sessionText, out var sessionId))
        {
            return Nobody;
        }

        var key = (userId, sessionText!, principal.FindFirstValue(UserClaims.Generation), principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType));
        if (_checked.TryGetValue(key, out var known))
        {
            return known;
        }

        var now = time.GetUtcNow();
        var state = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.UserId == userId && s.RevokedAt == null && s.ExpiresAt > now)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.RefreshGeneration, u.SecurityStamp, u.Disabled, u.MustChangePassword })
            .FirstOrDefaultAsync();
        var valid = state is not null && !state.Disabled && state.SecurityStamp == key.Item4
            && (key.Item3 is null || key.Item3 == state.RefreshGeneration.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var result = !valid ? Nobody : state!.MustChangePassword ? WithPasswordChangeDue(principal) : principal;
        _checked[key] = result;
        return result;
    }

    private static ClaimsPrincipal WithPasswordChangeDue(ClaimsPrincipal principal)
    {
        var copy = principal.Clone();
        ((ClaimsIdentity)copy.Identity!).AddClaim(new Claim(UserClaims.PasswordChangeDue, "true"));
        return copy;
    }
}
