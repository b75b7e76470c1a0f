using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// The one mapping from what a user can cause to a 4xx ProblemDetails, worded in the request's culture: the
/// <see cref="DomainException"/> family and unreadable request bodies. Besides title and detail it carries the stable
/// <c>code</c> (and, for invalid input, <c>errorCodes</c> per field next to the usual <c>errors</c>) so integrators
/// can branch on codes. A failure that only says "not now" (<see cref="TransientFailure"/>: a silo being declared dead,
/// PostgreSQL restarting) is a 503 with Retry-After. Anything else stays a 500 and is logged.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(
    IProblemDetailsService problems, ProblemText text, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        if (RetryAfterSeconds(exception, problem) is { } seconds)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            LogUnavailable(logger, httpContext.Request.Method, httpContext.Request.Path.Value ?? "", exception.GetType().Name, exception);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The answers worth retrying unchanged: a create still running under its Idempotency-Key, and 503s.</summary>
    private static int? RetryAfterSeconds(Exception exception, ProblemDetails problem) => exception switch
    {
        DomainException { Code: ErrorCodes.IdempotencyInProgress } => 1,
        _ when problem.Status == StatusCodes.Status503ServiceUnavailable => TransientFailure.RetryAfterSeconds,
        _ => null,
    };

    public ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        DomainException { Kind: DomainErrorKind.Invalid } d => Validation(d.Errors.Count > 0 ? d.Errors : [new FieldError(d.Field, d.Code, d.Args)]),
        DomainException d => Problem(d),
        BadHttpRequestException { InnerException: JsonException json } => Validation([new FieldError(FieldOf(json.Path), ErrorCodes.Unreadable)]),
        BadHttpRequestException bad when ParameterOf(bad.Message) is { } parameter =>
            Validation([bad.Message.StartsWith("Required", StringComparison.Ordinal) ? FieldError.Required(parameter) : new FieldError(parameter, ErrorCodes.Unreadable)]),
        BadHttpRequestException bad => new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = text.StatusTitle(bad.StatusCode) ?? text.StatusTitle(StatusCodes.Status400BadRequest),
            Detail = text[ErrorCodes.BadRequest],
            Extensions = { ["code"] = ErrorCodes.BadRequest },
        },
        _ when TransientFailure.Is(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = text.StatusTitle(StatusCodes.Status503ServiceUnavailable),
            Detail = text[ErrorCodes.Unavailable],
            Extensions = { ["code"] = ErrorCodes.Unavailable },
        },
        _ => null,
    };

    // A warning, not an error: expected while a silo is being replaced; a steady stream of these is worth a look.
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503: {Failure}")]
    private static partial void LogUnavailable(ILogger logger, string method, string path, string failure, Exception exception);

    /// <summary>400 with every failing field: <c>errors</c> (field → messages) and <c>errorCodes</c> (field → codes).</summary>
    public ValidationProblemDetails Validation(IReadOnlyList<FieldError> errors)
    {
        var byField = errors.GroupBy(e => e.Field).ToArray();
        var problem = new ValidationProblemDetails(byField.ToDictionary(g => g.Key, g => g.Select(text.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = text.Title(DomainErrorKind.Invalid),
            Detail = text.Describe(DomainException.Invalid(errors)),
        };
        problem.Extensions["code"] = ErrorCodes.InvalidFields;
        problem.Extensions["errorCodes"] = byField.ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray());
        return problem;
    }

    private ProblemDetails Problem(DomainException exception)
    {
        var problem = new ProblemDetails
        {
            Status = exception.Kind switch
            {
                DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
                DomainErrorKind.Forbidden => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status409Conflict,
            },
            Title = text.Title(exception.Kind),
            Detail = text.Describe(exception),
        };
        problem.Extensions["field"] = exception.Field;
        problem.Extensions["code"] = exception.Code;
        problem.Extensions["args"] = exception.Args.ToDictionary(a => a.Name, a => a.Value);
        return problem;
    }

    // The framework names the parameter only in its English message: 'Failed to bind parameter "OrganizationSort sort" from "Colour".'
    private static string? ParameterOf(string message) => BoundParameter().Match(message) is { Success: true } m ? m.Groups["name"].Value : null;

    [GeneratedRegex(@"parameter ""(?:[^"" ]+ )?(?<name>[A-Za-z_][A-Za-z0-9_]*)""")]
    private static partial Regex BoundParameter();

    // "$.contact.phone" → "contact.phone"; "$" or null → "body".
    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');
}
