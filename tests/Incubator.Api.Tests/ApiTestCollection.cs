using Incubator.Testing;

namespace Incubator.Api.Tests;

[CollectionDefinition(Name)]
public sealed class ApiTestCollection : ICollectionFixture<IncubatorAppFixture>
{
    public const string Name = "api";
}
