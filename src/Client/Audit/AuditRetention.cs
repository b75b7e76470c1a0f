using Incubator.Client.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Incubator.Client.Audit;

/// <summary>Deletes audit entries older than <see cref="AuditOptions.RetentionDays"/>, logging how many.</summary>
public sealed class AuditRetention(AccountsDbContext db, TimeProvider time, IOptions<AuditOptions> options, ILogger<AuditRetention> logger)
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var before = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var deleted = await db.AuditEntries.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
        logger.AuditEntriesPurged(deleted, before);
        return deleted;
    }
}

/// <summary>
/// Every <see cref="AuditOptions.RetentionInterval"/>: runs <see cref="AuditRetention"/>, and deletes sessions that ended
/// more than <see cref="EndedSessionsKept"/> ago. Idempotent, so several Client processes may.
/// </summary>
public sealed class RetentionService(IServiceScopeFactory scopes, TimeProvider time, IOptions<AuditOptions> options, ILogger<AuditRetention> logger)
    : BackgroundService
{
    /// <summary>How long an ended session's row stays, for an operator looking into a sign-in.</summary>
    public static readonly TimeSpan EndedSessionsKept = TimeSpan.FromDays(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<SessionStore>().DeleteEndedAsync(time.GetUtcNow() - EndedSessionsKept, stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                logger.AuditPurgeFailed(failure);
            }
        }
    }
}

public static partial class AuditLogMessages
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Audit retention: {Count} entries older than {Before} deleted")]
    public static partial void AuditEntriesPurged(this ILogger logger, int count, DateTimeOffset before);

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit retention failed; it runs again at the next interval")]
    public static partial void AuditPurgeFailed(this ILogger logger, Exception failure);
}
