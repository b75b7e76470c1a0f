using Incubator.Client.Audit;
using Incubator.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Incubator.Client.Accounts;

public static class AccountsSetup
{
    /// <summary>Chooses bearer when the request carries an Authorization header, else the login cookie.</summary>
    public const string CookieOrBearer = "CookieOrBearer";
    public const string AdministratorsOnly = "AdministratorsOnly";
    /// <summary>Administrators, and district leaders for the accounts inside their district (checked by <see cref="AccountService"/>).</summary>
    public const string AccountManagers = "AccountManagers";
    public const string LoginLimiter = "login";

    /// <summary>Access tokens are short-lived; the refresh token renews them for at most this long (the session's life).</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan BearerSessionLifetime = TimeSpan.FromHours(12);
    public const string LoginPath = "/account/login";

    /// <summary>Where a page the signed-in user may not open sends him: a page in his language, not a bare status.</summary>
    public const string AccessDeniedPath = "/access-denied";
    public const string ApplicationName = "Incubator";

    public static WebApplicationBuilder AddIncubatorAccounts(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.IncubatorConnectionString();
        builder.Services.AddDbContext<AccountsDbContext>(options => options.UseNpgsql(connectionString));

        // Keys in PostgreSQL: cookies and tokens survive restarts and are readable by every Client process.
        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AccountsDbContext>();

        builder.Services.AddIdentityCore<IncubatorUser>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager<IncubatorSignInManager>()
            .AddClaimsPrincipalFactory<IncubatorClaimsFactory>()
            .AddDefaultTokenProviders();

        builder.Services.AddAuthentication(CookieOrBearer)
            .AddPolicyScheme(CookieOrBearer, "Cookie or bearer token", options =>
            {
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.Count > 0 ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme;
            })
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = AccessTokenLifetime;
                options.RefreshTokenExpiration = BearerSessionLifetime;
            })
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.LoginPath = LoginPath;
                options.AccessDeniedPath = AccessDeniedPath;
                options.Cookie.Name = "incubator.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the request came over HTTPS, directly or through nginx (forwarded headers).
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(12);
                options.SlidingExpiration = true;
                // The API answers 401/403; only pages redirect to the login form.
                options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(CookieOrBearer).RequireAuthenticatedUser().Build())
            .AddPolicy(AdministratorsOnly, policy => policy.AddAuthenticationSchemes(CookieOrBearer).RequireRole(Roles.Administrator))
            .AddPolicy(AccountManagers, policy => policy.AddAuthenticationSchemes(CookieOrBearer).RequireRole(Roles.Administrator, Roles.DistrictLeader));

        // Every authenticated request is checked against its session and account (SessionValidation).
        builder.Services.AddScoped<IClaimsTransformation, SessionValidation>();
        builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, SessionEndedChallenge>();
        builder.Services.AddScoped<SessionStore>();
        builder.Services.AddScoped<LoginService>();
        builder.Services.AddSingleton<LoginThrottle>();
        builder.Services.AddOptions<LoginLimitOptions>().BindConfiguration(LoginLimitOptions.Section)
            .Validate(o => o.PerAddressPerMinute > 0 && o.PerAccountPerMinute > 0 && o.FreeFailures >= 0 && o.MaxDelay > TimeSpan.Zero)
            .ValidateOnStart();
        builder.AddLoginRateLimit();
        builder.AddIncubatorAudit();
        builder.Services.AddScoped<AccountService>();
        builder.Services.AddScoped<ScopeNames>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, SessionRevalidation>();
        return builder;
    }

    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApiRequest(context.Request))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    // Machines read /metrics (Prometheus): they get a status, not a login form.
    private static bool IsApiRequest(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi") || request.Path.StartsWithSegments("/metrics");

    /// <summary>The first administrator, from INCUBATOR_ADMIN_PASSWORD, when there is none yet.</summary>
    public static async Task SeedAdministratorAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var password = app.Configuration[AdministratorSeed.PasswordVariable];
        var outcome = await accounts.EnsureAdministratorAsync(password);
        app.Logger.LogInformation("Administrator account: {Outcome}", outcome);
    }
}

public static class AdministratorSeed
{
    public const string PasswordVariable = "INCUBATOR_ADMIN_PASSWORD";
    public const string UserName = "admin";
}
