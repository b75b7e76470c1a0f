using Incubator.Testing;

namespace Incubator.Api.Tests;

[CollectionDefinition(Name)]
public sealed class ApiTestCollection : ICollectionFixture<ApiAppFixture>
{
    public const string Name = "api";
}
