using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Incubator.Hosting;

/// <summary>What the silo and the Client share: settings, logging, telemetry and health checks (in the spirit of .NET Aspire's ServiceDefaults).</summary>
public static class HostingDefaults
{
    /// <param name="processName">"silo" or "client": names the log files, the Process log property and the telemetry service.</param>
    public static TBuilder AddIncubatorDefaults<TBuilder>(this TBuilder builder, string processName) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString = configuration.IncubatorConnectionString())
            .ValidateOnStart();
        builder.Services.AddIncubatorOrleansOptions();
        builder.AddIncubatorLogging(processName);
        builder.AddIncubatorTelemetry(processName);
        builder.Services.AddIncubatorHealthChecks();
        return builder;
    }

    /// <summary>Request logging first in the pipeline; health endpoints. The Client maps /metrics itself, behind its administrator policy.</summary>
    public static WebApplication UseIncubatorDefaults(this WebApplication app)
    {
        app.UseIncubatorRequestLogging();
        app.MapIncubatorHealthChecks();
        return app;
    }
}
