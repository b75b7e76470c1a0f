using Microsoft.AspNetCore.HttpOverrides;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// What every answer says about itself (issue 10 point 5): no MIME sniffing, no framing, no referrer to other sites, and a
/// content security policy. Blazor Server and MudBlazor need only our own scripts and a WebSocket to the same origin; MudBlazor
/// sets inline styles. The dashboards (Hangfire, Orleans) and the API reference run inline scripts of their own, so their
/// pages, for administrators or static documentation only, allow those. A 401 from the API names the scheme it expects.
/// </summary>
public static class SecurityHeaders
{
    public const string PagePolicy =
        "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; " +
        "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

    public const string ToolPolicy =
        "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; " +
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

    private static readonly string[] ToolPrefixes = ["/jobs", "/dashboard", "/api-reference"];

    /// <summary>No Server header; client addresses and the scheme from nginx when <c>ForwardedHeaders:KnownProxies</c> names it.</summary>
    public static WebApplicationBuilder AddIncubatorSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Loopback (nginx on the same machine, as deploy/run-cluster.sh runs it) is trusted by default; others are named.
            foreach (var proxy in builder.Configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>First in the pipeline, so error answers carry the headers too.</summary>
    public static WebApplication UseIncubatorSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // Only over HTTPS (directly or as forwarded by the proxy): HSTS over plain HTTP would mean nothing.
        app.UseHsts();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.ContentSecurityPolicy = ToolPrefixes.Any(p => context.Request.Path.StartsWithSegments(p)) ? ToolPolicy : PagePolicy;
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status401Unauthorized && context.Request.Path.StartsWithSegments("/api")
                    && string.IsNullOrEmpty(context.Response.Headers.WWWAuthenticate))
                {
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
