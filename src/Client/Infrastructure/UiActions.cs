using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// The one way a page runs an action and shows what went wrong: a <see cref="DomainException"/> becomes a snackbar in
/// the user's language (the same words as the API's ProblemDetails), and, when the page passes its form's
/// <see cref="FieldErrors"/>, messages next to the failing fields. A <see cref="TransientFailure"/> (a silo being declared
/// dead, PostgreSQL restarting) becomes a "retry shortly" snackbar rather than a broken circuit. Other exceptions are bugs
/// and are not caught.
/// </summary>
public sealed class UiActions(ISnackbar snackbar, ProblemText text, AuthenticationStateProvider authentication)
{
    /// <summary>
    /// Runs <paramref name="action"/> for the signed-in user, then <paramref name="then"/> (typically the page's reload);
    /// true when it succeeded, and then <paramref name="done"/> is shown.
    /// </summary>
    public async Task<bool> RunAsync(Func<ClaimsPrincipal, Task> action, string? done = null, FieldErrors? form = null, Func<Task>? then = null)
    {
        form?.Clear();
        try
        {
            await action((await authentication.GetAuthenticationStateAsync()).User);
            if (then is not null)
            {
                await then();
            }
        }
        catch (DomainException problem)
        {
            Report(problem, form);
            return false;
        }
        catch (Exception failure) when (TransientFailure.Is(failure))
        {
            snackbar.Add(text[ErrorCodes.Unavailable], Severity.Warning);
            return false;
        }

        if (done is not null)
        {
            snackbar.Add(done, Severity.Success);
        }

        return true;
    }

    /// <summary>Runs <paramref name="action"/> and hands its result on; default when it was refused (and the refusal shown).</summary>
    public async Task<T?> RunAsync<T>(Func<ClaimsPrincipal, Task<T>> action, string? done = null, FieldErrors? form = null, Func<Task>? then = null)
    {
        var result = default(T);
        // A statement lambda, so this calls the non-generic overload rather than itself.
        await RunAsync(async user => { result = await action(user); }, done, form, then);
        return result;
    }

    /// <summary>Loads what a page shows; default when it does not exist or the user may not see it (a 404 page, no message).</summary>
    public async Task<T?> FindAsync<T>(Func<ClaimsPrincipal, Task<T>> load)
    {
        try
        {
            return await load((await authentication.GetAuthenticationStateAsync()).User);
        }
        catch (DomainException problem) when (problem.Kind is DomainErrorKind.NotFound or DomainErrorKind.Forbidden)
        {
            return default;
        }
    }

    /// <summary>Runs a page's load; false when what it shows does not exist or the user may not see it.</summary>
    public async Task<bool> FoundAsync(Func<ClaimsPrincipal, Task> load) =>
        await FindAsync(async user =>
        {
            await load(user);
            return true;
        });

    /// <summary>Loads what a page shows in place of an alert: the value, or the refusal worded for the page to show (no snackbar).</summary>
    public async Task<(T? Value, string? Problem)> LoadAsync<T>(Func<ClaimsPrincipal, Task<T>> load)
    {
        try
        {
            return (await load((await authentication.GetAuthenticationStateAsync()).User), null);
        }
        catch (DomainException problem)
        {
            return (default, text.Describe(problem));
        }
        catch (Exception failure) when (TransientFailure.Is(failure))
        {
            return (default, text[ErrorCodes.Unavailable]);
        }
    }

    /// <summary>Shows <paramref name="problem"/>: every field error on the form (when there is one) and the whole problem in a snackbar.</summary>
    public void Report(DomainException problem, FieldErrors? form = null)
    {
        form?.Show(problem, text);
        snackbar.Add(text.Describe(problem), problem.Kind == DomainErrorKind.Invalid ? Severity.Warning : Severity.Error);
    }
}

/// <summary>The messages a form shows next to its fields, filled by <see cref="UiActions"/> from a refused action.</summary>
public sealed class FieldErrors : IEnumerable<KeyValuePair<string, string>>
{
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);

    public bool Has(string field) => _messages.ContainsKey(field);

    /// <summary>The message for <paramref name="field"/>, or null; fit for MudBlazor's ErrorText.</summary>
    public string? this[string field] => _messages.GetValueOrDefault(field);

    public void Clear() => _messages.Clear();

    /// <summary>A message the page words itself (a check made before calling the service).</summary>
    public void Set(string field, string message) => _messages[field] = message;

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _messages.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Show(DomainException problem, ProblemText text)
    {
        var errors = problem.Errors.Count > 0 ? problem.Errors : [new FieldError(problem.Field, problem.Code, problem.Args)];
        foreach (var error in errors.Where(e => e.Field.Length > 0))
        {
            _messages.TryAdd(error.Field, text.Message(error));
        }
    }
}
