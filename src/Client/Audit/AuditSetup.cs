using Incubator.Client.Accounts;

namespace Incubator.Client.Audit;

public static class AuditSetup
{
    public static WebApplicationBuilder AddIncubatorAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<AuditRetention>();
        builder.Services.AddHostedService<RetentionService>();
        builder.Services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section)
            .Validate(o => o.RetentionDays >= AuditOptions.MinimumRetentionDays, $"Audit:RetentionDays must be at least {AuditOptions.MinimumRetentionDays}")
            .Validate(o => o.RetentionInterval > TimeSpan.Zero, "Audit:RetentionInterval must be positive")
            .ValidateOnStart();
        return builder;
    }

    /// <summary>
    /// Records what no endpoint records itself: every deletion through the API, and administrators opening the Orleans
    /// dashboard (grain state and silo internals) or the job dashboard. Only their pages, not the dashboards' own polling.
    /// </summary>
    public static WebApplication UseIncubatorAudit(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            await next();
            var path = context.Request.Path;
            string? action = HttpMethods.IsDelete(context.Request.Method) && path.StartsWithSegments("/api") ? AuditActions.Deletion
                : HttpMethods.IsGet(context.Request.Method) && IsDashboardPage(path) && context.User.Role() == Roles.Administrator ? AuditActions.DashboardRead
                : null;
            if (action is not null && context.User.Identity?.IsAuthenticated == true)
            {
                var audit = context.RequestServices.GetRequiredService<AuditLog>();
                await audit.RecordAsync(action, path.Value, succeeded: context.Response.StatusCode < 400, detail: context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        });
        return app;
    }

    private static bool IsDashboardPage(PathString path) =>
        path.Value is "/dashboard" or "/dashboard/" or "/jobs" or "/jobs/";
}
