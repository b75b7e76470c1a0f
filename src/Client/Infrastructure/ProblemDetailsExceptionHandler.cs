using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// Turns what a user can cause into a 4xx ProblemDetails naming the field: domain rule failures, validation failures and
/// unreadable request bodies. Anything else stays a 500 and is logged.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    // The serializer's own message names our .NET types; the caller needs the field and what to do.
    private const string UnreadableValue = "This value is missing a part or has the wrong type (text, number, list, a known name or a GUID).";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        ValidationFailedException v => Validation(v.Errors),
        AccessDeniedException denied => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = denied.Message },
        DomainException { Kind: DomainErrorKind.Invalid } d => Validation([new FieldError(d.Field, d.Message)]),
        DomainException { Kind: DomainErrorKind.NotFound } d => WithField(StatusCodes.Status404NotFound, "Not found", d),
        DomainException { Kind: DomainErrorKind.Conflict } d => WithField(StatusCodes.Status409Conflict, "Conflict", d),
        BadHttpRequestException { InnerException: JsonException json } => Validation([new FieldError(FieldOf(json.Path), UnreadableValue)]),
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = bad.Message },
        _ => null,
    };

    public static ValidationProblemDetails Validation(IEnumerable<FieldError> errors) =>
        new(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has invalid fields.",
        };

    private static ProblemDetails WithField(int status, string title, DomainException exception)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = exception.Message };
        problem.Extensions["field"] = exception.Field;
        return problem;
    }

    // "$.contact.phone" → "contact.phone"; "$" or null → "body".
    private static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.');

}
