using Microsoft.AspNetCore.Components.Endpoints;

namespace Incubator.Client.Accounts;

/// <summary>
/// While an account's password was reset and not yet changed, it may only change it, ask who it is, or log out: the
/// API answers 403 (auth.passwordChangeRequired) and pages send it to the change form.
/// </summary>
public static class PasswordChangeGate
{
    public const string ChangePasswordPath = "/account/password";

    private static readonly string[] Allowed = ["/api/auth/password", "/api/auth/me", "/api/auth/logout", ChangePasswordPath, "/account/logout"];

    /// <summary>The login limits and this gate; after authorization, which has put the checked user on the request.</summary>
    public static WebApplication UseIncubatorAccountGates(this WebApplication app)
    {
        app.UseRateLimiter();
        app.Use(async (context, next) =>
        {
            if (context.User.MustChangePassword() && !Allowed.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)))
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    var text = context.RequestServices.GetRequiredService<ProblemText>();
                    await AuthApi.Problem(text, ErrorCodes.PasswordChangeRequired, StatusCodes.Status403Forbidden).ExecuteAsync(context);
                    return;
                }

                if (context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
                {
                    context.Response.Redirect(ChangePasswordPath);
                    return;
                }
            }

            await next();
        });
        return app;
    }
}
