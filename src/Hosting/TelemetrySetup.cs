using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Incubator.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics of ASP.NET Core, outgoing HTTP, Npgsql, Orleans and the .NET runtime. Metrics are
/// scraped in Prometheus format (the Client maps /metrics for administrators); traces and metrics also go to an OTLP
/// collector when OTEL_EXPORTER_OTLP_ENDPOINT is set.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>Our own spans: one per Hangfire job run, so the grain calls and queries of a job share its trace.</summary>
    public static readonly ActivitySource Jobs = new("Incubator.Jobs");

    private const string OrleansMeter = "Microsoft.Orleans";

    public static IHostApplicationBuilder AddIncubatorTelemetry(this IHostApplicationBuilder builder, string processName)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService($"incubator-{processName}"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !LoggingSetup.IsProbe(http.Request.Path))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(Orleans.Diagnostics.ActivitySources.AllActivitySourceName)
                .AddSource(Jobs.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddMeter(OrleansMeter)
                .AddPrometheusExporter());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>The Prometheus text endpoint; the caller decides who may read it.</summary>
    public static IEndpointConventionBuilder MapIncubatorMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
}
