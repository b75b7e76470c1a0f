using Incubator.Api.Tests.Contract;
using Incubator.Testing;

namespace Incubator.Api.Tests;

/// <summary>The platform for the API tests: every answer a test receives from /api is checked against the contract first.</summary>
public class ApiAppFixture : IncubatorAppFixture
{
    protected override IEnumerable<DelegatingHandler> ResponseHandlers() => [new ContractCheckingHandler()];
}
