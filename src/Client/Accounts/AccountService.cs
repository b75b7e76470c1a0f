using Incubator.Geography;
using Incubator.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Incubator.Client.Accounts;

/// <summary>
/// Creates, lists and manages accounts (disable, enable, role and scope, password reset, unlock, own password change);
/// checks that an account's scope names something that exists and fits its role. Every change that must end the
/// account's sessions changes its security stamp and revokes its session rows, so old cookies and tokens stop at once.
/// </summary>
public sealed class AccountService(
    UserManager<IncubatorUser> users,
    RoleManager<IdentityRole> roles,
    IGrainFactory grains,
    SessionStore sessions,
    LoginThrottle throttle,
    Audit.AuditLog audit,
    TimeProvider time,
    ILogger<AccountService> logger)
{
    public async Task<string> EnsureAdministratorAsync(string? password)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return "exists";
        }

        if (string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException(
                $"There is no administrator yet: set {AdministratorSeed.PasswordVariable} to the first administrator's password (./run.sh generates one).");
        }

        await CreateAsync(new NewAccount(AdministratorSeed.UserName, "平台管理员 Administrator", password, Roles.Administrator, null), actor: null);
        return "created";
    }

    /// <summary>Creates an account; <paramref name="actor"/> is null only for the first administrator, seeded at start.</summary>
    public async Task<IncubatorUser> CreateAsync(NewAccount account, ClaimsPrincipal? actor)
    {
        var errors = await ValidateAsync(account);
        DomainException.ThrowIfInvalid(errors);

        if (await users.FindByNameAsync(account.UserName.Trim()) is not null)
        {
            throw DomainException.Conflict("userName", ErrorCodes.UserNameTaken, ErrorArg.Text("userName", account.UserName.Trim()));
        }

        var user = new IncubatorUser
        {
            UserName = account.UserName.Trim(),
            DisplayName = account.DisplayName.Trim(),
            ScopeId = Roles.ScopeOf(account.Role) == ScopeKind.None ? null : account.ScopeId,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, account.Password);
        if (!created.Succeeded)
        {
            // Identity's own descriptions are English; its stable error codes pick our words.
            throw DomainException.Invalid(created.Errors.Select(e => FieldError.Of(FieldOf(e), ErrorCodes.AccountRejected, ErrorArg.Phrase("rule", "identity." + e.Code))).ToArray());
        }

        await users.AddToRoleAsync(user, account.Role);
        if (actor is not null)
        {
            await audit.RecordAsync(Audit.AuditActions.AccountCreated, user.UserName, detail: Audit.AuditDetail.Granted(account.Role, user.ScopeId), actor: actor);
        }

        return user;
    }

    /// <summary>
    /// The accounts <paramref name="actor"/> manages, paged by user name: every account for an administrator; for a district
    /// leader those whose scope lies inside his district (see <see cref="ManageableAsync"/>), for anyone else none.
    /// </summary>
    public async Task<Page<AccountSummary>> ListAsync(ClaimsPrincipal actor, int pageNumber, int pageSize)
    {
        var accounts = users.Users;
        if (actor.Role() != Roles.Administrator)
        {
            var scopes = await ScopesInsideDistrictAsync(actor);
            accounts = accounts.Where(u => u.ScopeId != null && scopes.Contains(u.ScopeId.Value));
        }

        var total = await accounts.LongCountAsync();
        var page = await accounts.OrderBy(u => u.UserName).Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync();
        var items = new List<AccountSummary>(page.Count);
        foreach (var user in page)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            items.Add(await SummaryAsync(user));
        }

        return new Page<AccountSummary>(items, pageNumber, pageSize, total);
    }

    public async Task<AccountSummary> SummaryAsync(IncubatorUser user) => new(
        user.Id, user.UserName ?? "", user.DisplayName, (await users.GetRolesAsync(user)).FirstOrDefault() ?? "", user.ScopeId,
        user.LockoutEnd > time.GetUtcNow(), user.Disabled, user.MustChangePassword);

    /// <summary>
    /// The account when <paramref name="actor"/> may manage it: an administrator any account, a district leader an account
    /// whose scope lies inside his district (not another leader's or an administrator's). 404 otherwise, so ids reveal nothing.
    /// </summary>
    public async Task<IncubatorUser> ManageableAsync(ClaimsPrincipal actor, string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null || !await MayManageAsync(actor, (await users.GetRolesAsync(user)).FirstOrDefault() ?? "", user.ScopeId))
        {
            throw DomainException.NoSuch("id", "account", id);
        }

        return user;
    }

    public async Task<IncubatorUser> SetDisabledAsync(ClaimsPrincipal actor, string id, bool disabled)
    {
        var user = await ManageableAsync(actor, id);
        RequireNotOwn(actor, user, "disablesAccount");
        user.Disabled = disabled;
        await SaveAndEndSessionsAsync(user, disabled ? "account disabled" : "account enabled");
        logger.AccountChanged(user.UserName, disabled ? "disabled" : "enabled", actor.Identity?.Name);
        await audit.RecordAsync(disabled ? Audit.AuditActions.AccountDisabled : Audit.AuditActions.AccountEnabled, user.UserName, actor: actor);
        return user;
    }

    public async Task<IncubatorUser> ChangeRoleAsync(ClaimsPrincipal actor, string id, string role, Guid? scopeId)
    {
        var user = await ManageableAsync(actor, id);
        RequireNotOwn(actor, user, "changesRole");
        var errors = new List<FieldError>();
        await ValidateRoleAsync(role, scopeId, errors);
        DomainException.ThrowIfInvalid(errors);
        if (!await MayManageAsync(actor, role, scopeId))
        {
            // A district leader may give only roles whose scope lies inside his district.
            throw DomainException.Forbidden(ErrorCodes.DistrictLeaderOnly);
        }

        await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        await users.AddToRoleAsync(user, role);
        user.ScopeId = Roles.ScopeOf(role) == ScopeKind.None ? null : scopeId;
        await SaveAndEndSessionsAsync(user, "role changed");
        logger.AccountChanged(user.UserName, $"role {role}, scope {user.ScopeId}", actor.Identity?.Name);
        await audit.RecordAsync(Audit.AuditActions.RoleChanged, user.UserName, detail: Audit.AuditDetail.Granted(role, user.ScopeId), actor: actor);
        return user;
    }

    /// <summary>Replaces the password with a random temporary one, returned once; the user must change it at next login.</summary>
    public async Task<string> ResetPasswordAsync(ClaimsPrincipal actor, string id)
    {
        var user = await ManageableAsync(actor, id);
        var temporary = TemporaryPassword.Create(users.Options.Password);
        // Checked before the old password goes, so that a refusal leaves the account as it was.
        foreach (var validator in users.PasswordValidators)
        {
            Identity(await validator.ValidateAsync(users, user, temporary), "password");
        }

        await users.RemovePasswordAsync(user);
        Identity(await users.AddPasswordAsync(user, temporary), "password");
        user.MustChangePassword = true;
        await SaveAndEndSessionsAsync(user, "password reset");
        logger.AccountChanged(user.UserName, "password reset", actor.Identity?.Name);
        await audit.RecordAsync(Audit.AuditActions.PasswordReset, user.UserName, actor: actor);
        return temporary;
    }

    /// <summary>
    /// Erases the person behind an account on request (PIPL): name, user name, password, phone and e-mail go, the
    /// account stays disabled under its id, so counts and hours recorded against that id stay, anonymous.
    /// </summary>
    public async Task<IncubatorUser> EraseAsync(ClaimsPrincipal actor, string id)
    {
        var user = await ManageableAsync(actor, id);
        RequireNotOwn(actor, user, "erasesAccount");
        var formerName = user.UserName;
        Identity(await users.SetUserNameAsync(user, ErasedUserName(user.Id)), "id");
        await users.RemovePasswordAsync(user);
        user.DisplayName = "";
        user.Email = null;
        user.NormalizedEmail = null;
        user.PhoneNumber = null;
        user.Disabled = true;
        user.MustChangePassword = false;
        await SaveAndEndSessionsAsync(user, "account erased");
        logger.AccountChanged(user.UserName, "erased", actor.Identity?.Name);
        // The audit log keeps the former user name for its retention period: the record of who was erased, and by whom.
        await audit.RecordAsync(Audit.AuditActions.AccountErased, formerName, detail: user.UserName, actor: actor);
        return user;
    }

    /// <summary>The user name an erased account keeps: no trace of the person, unique by the account id.</summary>
    public static string ErasedUserName(string id) => "erased-" + id.Replace("-", "", StringComparison.Ordinal)[..12];

    public static bool IsErased(AccountSummary account) => account.UserName.StartsWith("erased-", StringComparison.Ordinal) && account.DisplayName.Length == 0;

    /// <summary>Lifts Identity's lockout and the login throttle's delays for this account, from every address.</summary>
    public async Task<IncubatorUser> UnlockAsync(ClaimsPrincipal actor, string id)
    {
        var user = await ManageableAsync(actor, id);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        throttle.Forget(user.NormalizedUserName ?? "");
        logger.AccountChanged(user.UserName, "unlocked", actor.Identity?.Name);
        await audit.RecordAsync(Audit.AuditActions.AccountUnlocked, user.UserName, actor: actor);
        return user;
    }

    /// <summary>The signed-in user's own password; every session of the account ends, the caller's too.</summary>
    public async Task<IncubatorUser> ChangeOwnPasswordAsync(ClaimsPrincipal actor, string? currentPassword, string? newPassword)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrEmpty(currentPassword))
        {
            errors.Add(FieldError.Required("currentPassword"));
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            errors.Add(FieldError.Required("newPassword"));
        }

        DomainException.ThrowIfInvalid(errors);
        var user = await users.GetUserAsync(actor) ?? throw DomainException.NoSuch("id", "account", actor.FindFirstValue(ClaimTypes.NameIdentifier));
        var changed = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
        if (changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            throw DomainException.Invalid("currentPassword", ErrorCodes.WrongPassword);
        }

        Identity(changed, "newPassword");
        user.MustChangePassword = false;
        await SaveAndEndSessionsAsync(user, "password changed");
        logger.AccountChanged(user.UserName, "own password changed", user.UserName);
        await audit.RecordAsync(Audit.AuditActions.PasswordChanged, user.UserName, actor: actor);
        return user;
    }

    private static void RequireNotOwn(ClaimsPrincipal actor, IncubatorUser user, string action)
    {
        if (actor.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id)
        {
            throw DomainException.Conflict("id", ErrorCodes.OwnAccount, ErrorArg.Phrase("action", action));
        }
    }

    private async Task SaveAndEndSessionsAsync(IncubatorUser user, string reason)
    {
        Identity(await users.UpdateSecurityStampAsync(user), "id");
        await sessions.RevokeAllAsync(user.Id, reason);
    }

    /// <summary>
    /// The scopes an account a district leader manages may carry: his district's incubators and communities and the
    /// organizations of those incubators. The same rule as <see cref="MayManageAsync"/>, as a list to query by.
    /// </summary>
    private async Task<Guid[]> ScopesInsideDistrictAsync(ClaimsPrincipal actor)
    {
        if (actor.Role() != Roles.DistrictLeader || actor.ScopeId() is not { } district)
        {
            return [];
        }

        var geography = await grains.GeographyAsync();
        var incubators = geography.Incubators.Where(i => i.DistrictId == district).Select(i => i.Id).ToArray();
        var communities = geography.Areas.Where(a => a.Level == AreaLevel.Community && geography.DistrictOf(a.Id)?.Id == district).Select(a => a.Id);
        var organizations = new List<Guid>();
        for (var number = 1; incubators.Length > 0; number++)
        {
            var found = await grains.GetGrain<IOrganizationDirectoryGrain>(0)
                .SearchAsync(new OrganizationQuery(incubators, null, OrganizationSort.Name, false, number, OrganizationQuery.MaxPageSize));
            organizations.AddRange(found.Items.Select(o => o.Id));
            if (found.Items.Count < OrganizationQuery.MaxPageSize)
            {
                break;
            }
        }

        return [.. incubators, .. communities, .. organizations];
    }

    private async Task<bool> MayManageAsync(ClaimsPrincipal actor, string role, Guid? scopeId)
    {
        if (actor.Role() == Roles.Administrator)
        {
            return true;
        }

        if (actor.Role() != Roles.DistrictLeader || actor.ScopeId() is not { } district || scopeId is not { } scope)
        {
            return false;
        }

        var geography = await grains.GeographyAsync();
        return Roles.ScopeOf(role) switch
        {
            ScopeKind.Incubator => geography.FindIncubator(scope)?.DistrictId == district,
            ScopeKind.Community => geography.DistrictOf(scope)?.Id == district,
            ScopeKind.Organization => await grains.GetGrain<IOrganizationGrain>(scope).GetAsync() is { } organization
                && geography.FindIncubator(organization.IncubatorId)?.DistrictId == district,
            _ => false,
        };
    }

    private static void Identity(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            // Identity's own descriptions are English; its stable error codes pick our words.
            throw DomainException.Invalid(result.Errors.Select(e => FieldError.Of(field, ErrorCodes.AccountRejected, ErrorArg.Phrase("rule", "identity." + e.Code))).ToArray());
        }
    }

    private static ErrorArg ScopeNoun(ScopeKind kind) => ErrorArg.Noun("scope", kind.ToString().ToLowerInvariant());

    private async Task<IReadOnlyList<FieldError>> ValidateAsync(NewAccount account)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(account.UserName) || account.UserName.Trim().Length is < 3 or > 50)
        {
            errors.Add(FieldError.Of("userName", ErrorCodes.LengthBetween, ErrorArg.Text("min", 3), ErrorArg.Text("max", 50)));
        }

        if (FieldError.Text("displayName", account.DisplayName, 100) is { } displayName)
        {
            errors.Add(displayName);
        }

        if (string.IsNullOrEmpty(account.Password))
        {
            errors.Add(FieldError.Required("password"));
        }

        await ValidateRoleAsync(account.Role, account.ScopeId, errors);
        return errors;
    }

    private async Task ValidateRoleAsync(string role, Guid? scopeId, List<FieldError> errors)
    {
        if (!Roles.All.Contains(role))
        {
            errors.Add(FieldError.UnknownValue("role"));
            return;
        }

        var kind = Roles.ScopeOf(role);
        if (kind == ScopeKind.None)
        {
            return;
        }

        if (scopeId is not { } scope)
        {
            errors.Add(FieldError.Of("scopeId", ErrorCodes.ScopeRequired, new ErrorArg("role", "Role." + role, ErrorArgKind.Label), ScopeNoun(kind)));
            return;
        }

        if (!await ScopeExistsAsync(kind, scope))
        {
            errors.Add(FieldError.Of("scopeId", ErrorCodes.NotFound, ScopeNoun(kind) with { Name = "thing" }, ErrorArg.Text("id", scope)));
        }
    }

    private async Task<bool> ScopeExistsAsync(ScopeKind kind, Guid scopeId)
    {
        if (kind == ScopeKind.Organization)
        {
            return await grains.GetGrain<IOrganizationGrain>(scopeId).GetAsync() is not null;
        }

        var geography = await grains.GeographyAsync();
        return kind switch
        {
            ScopeKind.Incubator => geography.FindIncubator(scopeId) is not null,
            ScopeKind.District => geography.FindArea(scopeId)?.Level == AreaLevel.District,
            ScopeKind.Community => geography.FindArea(scopeId)?.Level == AreaLevel.Community,
            _ => false,
        };
    }

    private static string FieldOf(IdentityError error) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "userName";
}

/// <summary>An account to create. ScopeId names what <see cref="Roles.ScopeOf"/> says for the role.</summary>
public sealed record class NewAccount(string UserName, string DisplayName, string Password, string Role, Guid? ScopeId);

public sealed record class AccountSummary(
    string Id, string UserName, string DisplayName, string Role, Guid? ScopeId, bool LockedOut, bool Disabled, bool MustChangePassword);

public static partial class AccountLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Account {UserName}: {Change} by {Actor}")]
    public static partial void AccountChanged(this ILogger logger, string? userName, string change, string? actor);
}
