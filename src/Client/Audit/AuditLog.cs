using Incubator.Client.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Incubator.Client.Audit;

/// <summary>Appends to the audit log (accounts."AuditEntries") and reads it for administrators.</summary>
public sealed class AuditLog(AccountsDbContext db, IHttpContextAccessor http, TimeProvider time)
{
    /// <summary>
    /// Records <paramref name="action"/> by <paramref name="actor"/> (default: the request's user) from the request's address.
    /// Texts are cut to their columns' lengths: a login's target is whatever name a stranger typed.
    /// </summary>
    public async Task RecordAsync(string action, string? target, bool succeeded = true, string? detail = null, ClaimsPrincipal? actor = null)
    {
        var user = actor ?? http.HttpContext?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow(),
            ActorId = signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            ActorName = signedIn ? Cut(user!.Identity!.Name, 256) : null,
            Action = action,
            Target = Cut(target, 256),
            Detail = Cut(detail, 1000),
            ClientAddress = ClientAddress(),
            Succeeded = succeeded,
        });
        await db.SaveChangesAsync();
    }

    public async Task<(IReadOnlyList<AuditEntry> Items, long Total)> SearchAsync(AuditFilter filter, int pageNumber, int pageSize)
    {
        var query = Filtered(filter);
        var total = await query.LongCountAsync();
        var items = await query.OrderByDescending(e => e.Id).Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync();
        return (items, total);
    }

    /// <summary>Every matching entry, newest first, read as a stream (an export may be long).</summary>
    public IAsyncEnumerable<AuditEntry> ExportAsync(AuditFilter filter) => Filtered(filter).OrderByDescending(e => e.Id).AsAsyncEnumerable();

    private IQueryable<AuditEntry> Filtered(AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.Action is { Length: > 0 } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (filter.Actor is { Length: > 0 } actor)
        {
            query = query.Where(e => e.ActorName == actor || e.Target == actor);
        }

        if (filter.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (filter.To is { } to)
        {
            query = query.Where(e => e.At < to);
        }

        if (filter.Succeeded is { } succeeded)
        {
            query = query.Where(e => e.Succeeded == succeeded);
        }

        return query;
    }

    // In an open page (a Blazor circuit) the request behind it may be gone; the entry is kept without an address then.
    private string? ClientAddress()
    {
        try
        {
            return http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        }
        catch (ObjectDisposedException)
        {
            return null;
        }
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}

/// <summary>Which audit entries to show: an action, an account (as actor or target), a time range [From, To), an outcome.</summary>
public sealed record class AuditFilter(string? Action, string? Actor, DateTimeOffset? From, DateTimeOffset? To, bool? Succeeded);
