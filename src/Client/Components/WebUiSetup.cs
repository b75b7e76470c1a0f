using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace Incubator.Client.Components;

public static class WebUiSetup
{
    public static WebApplicationBuilder AddIncubatorWebUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<Infrastructure.UiActions>();
        builder.Services.AddScoped<Confirmation.Confirmations>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }

    public static WebApplication MapIncubatorWebUi(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        // frame-ancestors is in our own policy (SecurityHeaders); Blazor's would be a second Content-Security-Policy header.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);

        // The language switch: remembered in a cookie for a year; only local return URLs are followed.
        app.MapGet("/culture", (HttpContext context, TimeProvider time, string? culture, string? returnUrl) =>
        {
            var chosen = Infrastructure.PipelineSetup.SupportedCultures.FirstOrDefault(c => c.Name == culture)?.Name ?? "zh-CN";
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/account/logout", async (HttpContext context, SessionStore sessions, Audit.AuditLog audit, [FromForm] string? returnUrl) =>
        {
            await AuthApi.EndSessionAsync(context, sessions, audit);
            return Results.LocalRedirect(AccountsSetup.LoginPath);
        }).ExcludeFromDescription();
        return app;
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}
