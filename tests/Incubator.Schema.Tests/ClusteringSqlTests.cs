using Incubator.Testing;
using static Incubator.Schema.Tests.ClusteringSql;

namespace Incubator.Schema.Tests;

/// <summary>The membership queries of 0004 as mended by 0014, run against PostgreSQL.</summary>
public sealed class ClusteringSqlTests
{
    private readonly ClusteringSql _sql = new(TestDatabase.Create("clustering"));

    [Fact]
    public async Task AJoinThatFindsItsRowTakenLeavesTheVersionAlone()
    {
        Assert.True(await _sql.CreateVersionRowAsync());
        Assert.True(await _sql.InsertAsync(version: 0, port: 11111));
        Assert.Equal(1, await _sql.VersionAsync());

        Assert.False(await _sql.InsertAsync(version: 1, port: 11111));

        Assert.Equal(1, await _sql.VersionAsync());
        Assert.Single(await _sql.MembersAsync());
    }

    [Fact]
    public async Task AJoinWithAStaleVersionWritesNothing()
    {
        await _sql.CreateVersionRowAsync();

        Assert.False(await _sql.InsertAsync(version: 5, port: 11111));

        Assert.Equal(0, await _sql.VersionAsync());
        Assert.Empty(await _sql.MembersAsync());
    }

    [Fact]
    public async Task RacingJoinsOnOneVersionLetExactlyOneIn()
    {
        await _sql.CreateVersionRowAsync();
        const int silos = 8;
        using var start = new Barrier(silos);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, silos).Select(i => Task.Run(async () =>
        {
            start.SignalAndWait();
            return await _sql.InsertAsync(version: 0, port: 11111 + i);
        })));

        Assert.Equal(1, outcomes.Count(joined => joined));
        Assert.Equal(1, await _sql.VersionAsync());
        Assert.Single(await _sql.MembersAsync());
    }

    [Fact]
    public async Task AnUpdateOfAMissingMemberLeavesTheVersionAlone()
    {
        await _sql.CreateVersionRowAsync();
        await _sql.InsertAsync(version: 0, port: 11111);

        Assert.False(await _sql.UpdateAsync(version: 1, port: 22222, Active, DateTime.UtcNow));
        Assert.Equal(1, await _sql.VersionAsync());

        Assert.True(await _sql.UpdateAsync(version: 1, port: 11111, Active, DateTime.UtcNow));
        Assert.Equal(2, await _sql.VersionAsync());

        Assert.False(await _sql.UpdateAsync(version: 1, port: 11111, Dead, DateTime.UtcNow));
        Assert.Equal(2, await _sql.VersionAsync());
        Assert.Equal(Active, Assert.Single(await _sql.MembersAsync()).Status);
    }

    [Fact]
    public async Task ALateHeartbeatDoesNotMoveIAmAliveBackwards()
    {
        var now = new DateTime(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
        await _sql.CreateVersionRowAsync();
        await _sql.InsertAsync(version: 0, port: 11111, Active, iAmAlive: now);

        await _sql.HeartbeatAsync(11111, now.AddSeconds(30));
        await _sql.HeartbeatAsync(11111, now.AddSeconds(10));

        Assert.Equal(now.AddSeconds(30), Assert.Single(await _sql.MembersAsync()).IAmAlive.ToUniversalTime());
    }

    [Fact]
    public async Task CleanupRemovesOnlyDeadSilosOlderThanTheDate()
    {
        var cutoff = new DateTime(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
        var old = cutoff.AddHours(-1);
        await _sql.CreateVersionRowAsync();
        var version = 0;
        foreach (var (port, status, iAmAlive) in new[]
                 {
                     (1, Joining, old), (2, Active, old), (3, ShuttingDown, old), (4, Stopping, old), (5, Dead, old), (6, Dead, cutoff.AddMinutes(1)),
                 })
        {
            Assert.True(await _sql.InsertAsync(version++, port, status, iAmAlive));
        }

        await _sql.CleanupAsync(cutoff);

        Assert.Equal([1, 2, 3, 4, 6], (await _sql.MembersAsync()).Select(m => m.Port));
    }
}
