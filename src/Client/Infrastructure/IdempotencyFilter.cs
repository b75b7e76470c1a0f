using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// Create endpoints honour an <c>Idempotency-Key</c> header: the first request runs and its answer is kept; a retry
/// with the same key and the same request gets that answer again (with <c>Idempotent-Replayed: true</c>) and creates
/// nothing. The same key with another request is refused (400); while the first still runs a retry gets 409 with
/// <c>Retry-After</c>. A request that fails keeps nothing, so its retry runs again. Keys are per account.
/// </summary>
public sealed class IdempotencyFilter(IdempotentRequests requests, IOptions<JsonOptions> json, TimeProvider time) : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxKeyLength = 200;

    private static readonly ConcurrentDictionary<Type, PropertyInfo?> LocationProperties = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(Header, out var values))
        {
            return await next(context);
        }

        var key = values.ToString();
        if (values.Count != 1 || key.Length is 0 or > MaxKeyLength || !key.All(c => c is > ' ' and <= '~'))
        {
            throw DomainException.Invalid(Header, ErrorCodes.IdempotencyKeyMalformed, ErrorArg.Text("max", MaxKeyLength));
        }

        var userId = http.User.Actor().UserId;
        var claim = await requests.ClaimAsync(userId, key, Fingerprint(context), time.GetUtcNow());
        switch (claim)
        {
            case IdempotencyClaim.Finished finished:
                return new ReplayedResult(finished);
            case IdempotencyClaim.Running:
                throw DomainException.Conflict(Header, ErrorCodes.IdempotencyInProgress);
            case IdempotencyClaim.Mismatch:
                throw DomainException.Invalid(Header, ErrorCodes.IdempotencyKeyReused);
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch
        {
            await requests.ReleaseAsync(userId, key);
            throw;
        }

        if (result is IStatusCodeHttpResult { StatusCode: { } status } and IValueHttpResult { Value: var value })
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(value, value?.GetType() ?? typeof(object), json.Value.SerializerOptions);
            await requests.FinishAsync(userId, key, status, LocationOf(result), body);
        }
        else
        {
            await requests.ReleaseAsync(userId, key);
        }

        return result;
    }

    // Method, path and the bound arguments (route values and body, not the caller or injected services).
    private byte[] Fingerprint(EndpointFilterInvocationContext context)
    {
        var services = context.HttpContext.RequestServices.GetRequiredService<IServiceProviderIsService>();
        var text = new StringBuilder($"{context.HttpContext.Request.Method} {context.HttpContext.Request.Path}");
        foreach (var argument in context.Arguments)
        {
            if (argument is null or ClaimsPrincipal || services.IsService(argument.GetType()))
            {
                continue;
            }

            text.Append('\n').Append(JsonSerializer.Serialize(argument, argument.GetType(), json.Value.SerializerOptions));
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
    }

    // Created<T> and CreatedAtRoute<T> carry their address in a Location property that no interface exposes.
    private static string? LocationOf(object result) =>
        LocationProperties.GetOrAdd(result.GetType(), t => t.GetProperty("Location", typeof(string)))?.GetValue(result) as string;

    private sealed class ReplayedResult(IdempotencyClaim.Finished finished) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = finished.StatusCode;
            response.Headers[ReplayedHeader] = "true";
            if (finished.Location is { } location)
            {
                response.Headers.Location = location;
            }

            response.ContentType = "application/json; charset=utf-8";
            await response.Body.WriteAsync(finished.Body);
        }
    }
}
