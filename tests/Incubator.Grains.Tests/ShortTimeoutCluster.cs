using Incubator.Testing;

namespace Incubator.Grains.Tests;

/// <summary>
/// A cluster of its own whose grain calls time out after a few seconds instead of 30: tests that race grains calling
/// each other fail fast on a wait in a circle rather than each call taking the whole default timeout.
/// </summary>
public sealed class ShortTimeoutCluster : IAsyncLifetime
{
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(10);

    public GrainClusterFixture Fixture { get; } = GrainClusterFixture.WithResponseTimeout(ResponseTimeout);

    public Task InitializeAsync() => Fixture.InitializeAsync();

    public Task DisposeAsync() => Fixture.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ShortTimeoutCollection : ICollectionFixture<ShortTimeoutCluster>
{
    public const string Name = "grain cluster with a short call timeout";
}
