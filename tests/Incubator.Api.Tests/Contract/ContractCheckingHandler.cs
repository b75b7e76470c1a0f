namespace Incubator.Api.Tests.Contract;

/// <summary>
/// Sits on every HTTP client of the API tests: each /api answer must have a status its operation documents, a media type
/// documented for that status, and a JSON body that validates against the documented schema (formats included). A
/// mismatch throws, so the test that received the answer fails, naming the operation and what differs.
/// </summary>
internal sealed class ContractCheckingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri?.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) != true)
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var mismatches = await ContractDocument.Instance.MismatchesAsync(request, response, cancellationToken);
        if (mismatches.Count > 0)
        {
            throw new ContractViolationException(mismatches);
        }

        return response;
    }
}

/// <summary>An answer that is not what the contract says it would be.</summary>
public sealed class ContractViolationException(IReadOnlyList<string> mismatches)
    : Exception("The answer breaks the OpenAPI contract:\n" + string.Join("\n", mismatches))
{
    public IReadOnlyList<string> Mismatches { get; } = mismatches;
}
