namespace Incubator.Client.Infrastructure;

/// <summary>
/// The Orleans dashboard parses the silo address in its paths (<c>/dashboard/SiloMetadata/{address}</c> and the like) without
/// catching what does not parse, answering 500. An address that is not one answers 404 here instead: it names no silo.
/// </summary>
public static partial class DashboardAddressGuard
{
    private static readonly string[] AddressedPages = ["SiloMetadata", "SiloProperties", "SiloCounters", "SiloStats", "HistoricalStats"];

    public static WebApplication UseDashboardAddressGuard(this WebApplication app, string prefix)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(prefix, out var rest) && AddressOf(rest) is { } address && !IsSiloAddress(address))
            {
                LogUnparsable(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DashboardAddressGuard)), context.Request.Path.Value ?? "");
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
        return app;
    }

    // "/SiloMetadata/127.0.0.1:11111@1" → "127.0.0.1:11111@1"; other pages → null.
    private static string? AddressOf(PathString rest)
    {
        var segments = (rest.Value ?? "").Split('/', 3, StringSplitOptions.None);
        return segments.Length == 3 && segments[0].Length == 0 && AddressedPages.Contains(segments[1], StringComparer.OrdinalIgnoreCase)
            ? Uri.UnescapeDataString(segments[2])
            : segments.Length == 2 && AddressedPages.Contains(segments[1], StringComparer.OrdinalIgnoreCase) ? "" : null;
    }

    public static bool IsSiloAddress(string address)
    {
        try
        {
            return SiloAddress.FromParsableString(address) is not null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or OverflowException or NullReferenceException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Orleans dashboard asked for {Path}: no silo address, answered 404")]
    private static partial void LogUnparsable(ILogger logger, string path);
}
