
namespace Incubator.Client.Accounts;

/// <summary>The claims we add to Identity's, and how the rest of the Client reads them.</summary>
public static class UserClaims
{
    public const string Scope = "incubator:scope";
    public const string DisplayName = "incubator:name";

    public static Guid? ScopeId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(Scope), out var id) ? id : null;

    public static string? Role(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Role);

    public static Actor Actor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous",
        user.FindFirstValue(DisplayName) ?? user.Identity?.Name ?? "?");
}
