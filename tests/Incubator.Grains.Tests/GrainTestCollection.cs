using Incubator.Testing;

namespace Incubator.Grains.Tests;

[CollectionDefinition(Name)]
public sealed class GrainTestCollection : ICollectionFixture<GrainClusterFixture>
{
    public const string Name = "grain cluster";
}
