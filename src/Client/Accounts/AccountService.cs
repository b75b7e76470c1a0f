using Incubator.Geography;
using Incubator.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Incubator.Client.Accounts;

/// <summary>Creates and lists accounts; checks that an account's scope names something that exists and fits its role.</summary>
public sealed class AccountService(UserManager<IncubatorUser> users, RoleManager<IdentityRole> roles, IGrainFactory grains, TimeProvider time)
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

        await CreateAsync(new NewAccount(AdministratorSeed.UserName, "平台管理员 Administrator", password, Roles.Administrator, null));
        return "created";
    }

    public async Task<IncubatorUser> CreateAsync(NewAccount account)
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
        return user;
    }

    public async Task<Page<AccountSummary>> ListAsync(int pageNumber, int pageSize)
    {
        var total = await users.Users.LongCountAsync();
        var page = await users.Users.OrderBy(u => u.UserName).Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync();
        var items = new List<AccountSummary>(page.Count);
        foreach (var user in page)
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            items.Add(new AccountSummary(user.Id, user.UserName ?? "", user.DisplayName, role, user.ScopeId, user.LockoutEnd > time.GetUtcNow()));
        }

        return new Page<AccountSummary>(items, pageNumber, pageSize, total);
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

        if (!Roles.All.Contains(account.Role))
        {
            errors.Add(FieldError.UnknownValue("role"));
            return errors;
        }

        var kind = Roles.ScopeOf(account.Role);
        if (kind == ScopeKind.None)
        {
            return errors;
        }

        if (account.ScopeId is not { } scopeId)
        {
            errors.Add(FieldError.Of("scopeId", ErrorCodes.ScopeRequired, new ErrorArg("role", "Role." + account.Role, ErrorArgKind.Label), ScopeNoun(kind)));
            return errors;
        }

        if (!await ScopeExistsAsync(kind, scopeId))
        {
            errors.Add(FieldError.Of("scopeId", ErrorCodes.NotFound, ScopeNoun(kind) with { Name = "thing" }, ErrorArg.Text("id", scopeId)));
        }

        return errors;
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

public sealed record class AccountSummary(string Id, string UserName, string DisplayName, string Role, Guid? ScopeId, bool LockedOut);
