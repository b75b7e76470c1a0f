using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Accounts;

/// <summary>
/// ASP.NET Core rate limiting of the sign-in requests (login form, token, refresh, password change) per client address:
/// a fixed window of <see cref="LoginLimitOptions.PerAddressPerMinute"/>; beyond it 429 with Retry-After.
/// The per-account limit and the progressive delay are <see cref="LoginThrottle"/>'s.
/// </summary>
public static class LoginRateLimit
{
    private static readonly string[] LimitedPaths = ["/api/auth/token", "/api/auth/refresh", "/api/auth/password", AccountsSetup.LoginPath];

    public static WebApplicationBuilder AddLoginRateLimit(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!IsSignIn(context.Request))
                {
                    return RateLimitPartition.GetNoLimiter("");
                }

                var limits = context.RequestServices.GetRequiredService<IOptions<LoginLimitOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(LoginService.ClientAddress(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PerAddressPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                context.RequestServices.GetRequiredService<ILogger<LoginService>>().SignInThrottled("", LoginService.ClientAddress(context), TimeSpan.FromSeconds(seconds));
                var text = context.RequestServices.GetRequiredService<ProblemText>();
                await AuthApi.Problem(text, ErrorCodes.TooManyAttempts, StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
            };
        });
        return builder;
    }

    /// <summary>Whether the route is one of the rate-limited sign-in routes (so its answers include 429).</summary>
    public static bool IsLimitedPath(string path) => LimitedPaths.Contains(path, StringComparer.OrdinalIgnoreCase);

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && LimitedPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));
}
