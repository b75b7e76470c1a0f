using Microsoft.EntityFrameworkCore;

namespace Incubator.Client.Accounts;

/// <summary>Starts, rotates and revokes <see cref="Session"/>s; the rows live in accounts."Sessions".</summary>
public sealed class SessionStore(AccountsDbContext db, TimeProvider time, ILogger<SessionStore> logger)
{
    public async Task<Session> StartAsync(string userId, string kind, TimeSpan lifetime)
    {
        var now = time.GetUtcNow();
        var session = new Session { Id = Guid.NewGuid(), UserId = userId, Kind = kind, CreatedAt = now, ExpiresAt = now + lifetime };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    public Task<Session?> FindAsync(Guid id) => db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);

    /// <summary>Moves a live session from <paramref name="generation"/> to the next one; false when another refresh won or it ended.</summary>
    public async Task<bool> RotateAsync(Guid id, int generation)
    {
        var now = time.GetUtcNow();
        var moved = await db.Sessions
            .Where(s => s.Id == id && s.RefreshGeneration == generation && s.RevokedAt == null && s.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RefreshGeneration, generation + 1));
        return moved == 1;
    }

    public async Task RevokeAsync(Guid id, string reason)
    {
        var now = time.GetUtcNow();
        var revoked = await db.Sessions.Where(s => s.Id == id && s.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason));
        if (revoked > 0)
        {
            logger.SessionRevoked(id, reason);
        }
    }

    /// <summary>Deletes sessions that ended (expired or revoked) before <paramref name="before"/>; their tokens can never work again.</summary>
    public async Task<int> DeleteEndedAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var deleted = await db.Sessions.Where(s => s.ExpiresAt < before || s.RevokedAt < before).ExecuteDeleteAsync(cancellationToken);
        logger.EndedSessionsDeleted(deleted, before);
        return deleted;
    }

    /// <summary>Ends every session of an account (its security stamp changes too, see <see cref="AccountService"/>).</summary>
    public async Task RevokeAllAsync(string userId, string reason)
    {
        var now = time.GetUtcNow();
        var revoked = await db.Sessions.Where(s => s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.RevokedAt, now).SetProperty(s => s.RevokedReason, reason));
        logger.SessionsRevoked(revoked, userId, reason);
    }
}

public static partial class SessionLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} revoked: {Reason}")]
    public static partial void SessionRevoked(this ILogger logger, Guid sessionId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} sessions of account {UserId} revoked: {Reason}")]
    public static partial void SessionsRevoked(this ILogger logger, int count, string userId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} sessions that ended before {Before} deleted")]
    public static partial void EndedSessionsDeleted(this ILogger logger, int count, DateTimeOffset before);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refresh token of session {SessionId} reused (generation {Presented}, current {Current}): session revoked")]
    public static partial void RefreshTokenReused(this ILogger logger, Guid sessionId, int presented, int current);
}
