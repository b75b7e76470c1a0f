using System.Globalization;
using System.Text.Json.Serialization;
using Hangfire;
using Hangfire.Dashboard;
using Incubator.Client.Audit;
using Incubator.Hosting;
using Incubator.Schema;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Localization;
using Orleans.Dashboard;
using Scalar.AspNetCore;

namespace Incubator.Client.Infrastructure;

public static class PipelineSetup
{
    public static readonly CultureInfo[] SupportedCultures = [new("zh-CN"), new("en")];

    /// <summary>ProblemDetails for every error, enums as names only (a number could name no value), bad bodies reported as 400 naming the field.</summary>
    public static WebApplicationBuilder AddIncubatorApi(this WebApplicationBuilder builder)
    {
        builder.AddIncubatorSecurityHeaders();
        builder.Services.AddSingleton<ProblemText>();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            // traceId is the W3C trace id that this request's log events carry (@tr), not ASP.NET Core's "00-…-…-01" activity id.
            context.ProblemDetails.Extensions["traceId"] = LoggingSetup.TraceId(context.HttpContext);
            LocalizeFrameworkTitle(context);
        });
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.AddIncubatorIdempotency();
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            // Numbers are numbers: the web default also reads "5" for 5, which the OpenAPI document then types ["integer","string"].
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        // Unreadable bodies and parameters throw, so the exception handler can name the field instead of an empty 400.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi(options =>
        {
            // The public document describes the API only: the dashboards' endpoints are internal.
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<BearerSecurityTransformer>()
                .AddDocumentTransformer<ApiContractDocumentTransformer>()
                .AddOperationTransformer<IdempotencyKeyTransformer>()
                .AddOperationTransformer<ApiContractOperationTransformer>()
                .AddSchemaTransformer<ApiContractSchemaTransformer>();
        });
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        return builder;
    }

    // The framework's own answers (401, 403, 404, unreadable requests, 500) carry English titles; ours carry a code.
    private static void LocalizeFrameworkTitle(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.ContainsKey("code") && problem.Status is { } status
            && context.HttpContext.RequestServices.GetRequiredService<ProblemText>().StatusTitle(status) is { } title)
        {
            problem.Title = title;
        }
    }

    public static WebApplicationBuilder AddIncubatorJobDashboard(this WebApplicationBuilder builder)
    {
        builder.Services.AddIncubatorJobStorage(builder.Configuration.IncubatorConnectionString());
        return builder;
    }

    public static WebApplication UseIncubatorPipeline(this WebApplication app)
    {
        app.UseIncubatorSecurityHeaders();
        app.UseIncubatorDefaults();
        // Before the exception handler and status code pages, so error answers are worded in the request's culture.
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("zh-CN");
            options.SupportedCultures = SupportedCultures;
            options.SupportedUICultures = SupportedCultures;
            // The cookie set by the language switch decides; pages ignore the browser's Accept-Language (zh-CN otherwise),
            // but API callers may ask for a language with it.
            var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider { Options = options };
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { Options = options },
                new CustomRequestCultureProvider(context => context.Request.Path.StartsWithSegments("/api")
                    ? acceptLanguage.DetermineProviderCultureResult(context)
                    : Task.FromResult<ProviderCultureResult?>(null)),
            ];
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseIncubatorAccountGates();
        app.UseIncubatorAudit();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>OpenAPI document and API reference (anonymous); Hangfire at /jobs, Orleans at /dashboard and Prometheus metrics at /metrics for administrators.</summary>
    public static WebApplication MapIncubatorDashboards(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-reference", options => options.WithTitle("Incubator API")).AllowAnonymous();
        app.MapHangfireDashboard("/jobs", new Hangfire.DashboardOptions
        {
            Authorization = [new AdministratorDashboardFilter()],
            DashboardTitle = "Incubator jobs",
            AppPath = "/",
        }).RequireAuthorization(AccountsSetup.AdministratorsOnly);
        app.UseDashboardAddressGuard("/dashboard");
        app.MapOrleansDashboard(routePrefix: "/dashboard").RequireAuthorization(AccountsSetup.AdministratorsOnly);
        app.MapIncubatorMetrics().RequireAuthorization(AccountsSetup.AdministratorsOnly);
        return app;
    }

    /// <summary>The endpoint already requires an administrator; Hangfire's own check must agree rather than allow only local requests.</summary>
    private sealed class AdministratorDashboardFilter : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Administrator);
    }
}
