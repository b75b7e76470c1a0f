using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Incubator.Hosting;

/// <summary>
/// Structured logs: one JSON object a line (Serilog's compact format) on the console and, when Logging:Directory is set,
/// in daily, size-capped files there. Events written inside a request, grain call or job carry its W3C trace and span ids
/// as @tr and @sp, the same trace id a ProblemDetails answer reports.
/// </summary>
public static class LoggingSetup
{
    public static IHostApplicationBuilder AddIncubatorLogging(this IHostApplicationBuilder builder, string processName)
    {
        builder.Services.AddOptions<LogFileOptions>().BindConfiguration(LogFileOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var configuration = builder.Configuration;

        // preserveStaticLogger: every host has its own pipeline, so the test process can host a silo and a Client side by side.
        builder.Services.AddSerilog((services, log) =>
        {
            log.MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                // Failed authentication, challenges (401) and forbids (403) are written at Information.
                .MinimumLevel.Override("Microsoft.AspNetCore.Authentication", LogEventLevel.Information)
                .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
                .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
                // A "Serilog" section (MinimumLevel, Override) changes the levels above without a build.
                .ReadFrom.Configuration(configuration)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Process", processName)
                .WriteTo.Console(new CompactJsonFormatter());

            var files = services.GetRequiredService<IOptions<LogFileOptions>>().Value;
            if (!string.IsNullOrWhiteSpace(files.Directory))
            {
                log.WriteTo.File(
                    new CompactJsonFormatter(),
                    Path.Combine(files.Directory, $"{(string.IsNullOrWhiteSpace(files.FileName) ? processName : files.FileName)}-.json"),
                    rollingInterval: RollingInterval.Day,
                    fileSizeLimitBytes: files.FileSizeLimitMegabytes * 1024L * 1024L,
                    rollOnFileSizeLimit: true,
                    retainedFileCountLimit: files.RetainedFileCount);
            }
        }, preserveStaticLogger: true);
        return builder;
    }

    /// <summary>One event per HTTP request: method, path, status, elapsed milliseconds and the user. Put it first so it sees the final status.</summary>
    public static IApplicationBuilder UseIncubatorRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms for {UserName}";
            options.EnrichDiagnosticContext = (context, http) =>
                context.Set("UserName", http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : "anonymous");
            options.GetLevel = (http, _, exception) => exception is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError
                ? LogEventLevel.Error
                : IsProbe(http.Request.Path) ? LogEventLevel.Debug : LogEventLevel.Information;
        });

    /// <summary>The W3C trace id of the current request (the one its log events carry), else ASP.NET Core's request id.</summary>
    public static string TraceId(HttpContext context) =>
        Activity.Current is { } activity ? activity.TraceId.ToHexString() : context.TraceIdentifier;

    /// <summary>Health and metrics polls: frequent, and not what an operator reads logs or traces for.</summary>
    internal static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");
}
