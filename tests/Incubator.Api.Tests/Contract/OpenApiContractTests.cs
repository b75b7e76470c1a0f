using System.Text.Json.Nodes;
using Incubator.Organizations;
using Incubator.Testing;

namespace Incubator.Api.Tests.Contract;

/// <summary>The document at /openapi/v1.json is a contract a client generator can trust (issue 14, point 1).</summary>
[Collection(ApiTestCollection.Name)]
public sealed class OpenApiContractTests(ApiAppFixture app)
{
    private static readonly string[] SignInApi = ["post /api/auth/token", "post /api/auth/refresh"];

    /// <summary>Sign-in, and the public check of a volunteer's certificate (anyone holding one may verify it).</summary>
    private static readonly string[] AnonymousApi = [.. SignInApi, "get /api/volunteer-certificates/{code}"];

    /// <summary>The served document; also saved as openapi.json in the test artifacts, which ./test.sh then lints.</summary>
    private async Task<JsonNode> DocumentAsync()
    {
        var text = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        if (Environment.GetEnvironmentVariable("INCUBATOR_TEST_ARTIFACTS") is { Length: > 0 } artifacts)
        {
            Directory.CreateDirectory(artifacts);
            await File.WriteAllTextAsync(Path.Combine(artifacts, "openapi.json"), text);
        }

        return JsonNode.Parse(text)!;
    }

    private static IEnumerable<(string Name, JsonObject Operation)> ApiOperations(JsonNode document) =>
        document["paths"]!.AsObject()
            .Where(path => path.Key.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value!.AsObject().Select(op => ($"{op.Key} {path.Key}", op.Value!.AsObject())));

    [Fact]
    public async Task EveryOperationHasAnIdASummaryAndADescribedTag()
    {
        var document = await DocumentAsync();
        var tags = document["tags"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["description"]?.GetValue<string>());
        var operations = ApiOperations(document).ToArray();
        Assert.True(operations.Length > 90, $"{operations.Length} operations");
        Assert.All(operations, op =>
        {
            Assert.False(string.IsNullOrWhiteSpace(op.Operation["operationId"]?.GetValue<string>()), op.Name);
            Assert.False(string.IsNullOrWhiteSpace(op.Operation["summary"]?.GetValue<string>()), op.Name);
            var tag = Assert.Single(op.Operation["tags"]!.AsArray())!.GetValue<string>();
            Assert.False(string.IsNullOrWhiteSpace(tags.GetValueOrDefault(tag)), $"{op.Name}: tag {tag} has no description");
        });
        var ids = operations.Select(op => op.Operation["operationId"]!.GetValue<string>()).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task EveryOperationDocumentsItsErrorsAsProblemDetailsAndItsSuccessContent()
    {
        var document = await DocumentAsync();
        Assert.NotNull(document["components"]!["schemas"]!["Problem"]);
        Assert.All(ApiOperations(document), op =>
        {
            var responses = op.Operation["responses"]!.AsObject();
            var anonymous = AnonymousApi.Contains(op.Name);
            Assert.True(anonymous || responses.ContainsKey("401") && responses.ContainsKey("403"), $"{op.Name}: no 401/403");
            Assert.True(!op.Name.Contains('{', StringComparison.Ordinal) || responses.ContainsKey("404"), $"{op.Name}: no 404");
            Assert.True(op.Operation["parameters"] is null && op.Operation["requestBody"] is null || responses.ContainsKey("400"), $"{op.Name}: no 400");
            foreach (var (status, response) in responses)
            {
                var content = response!["content"]?.AsObject();
                if (status.StartsWith('4'))
                {
                    Assert.Equal("#/components/schemas/Problem", content?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>());
                }
                else if (status != "204")
                {
                    Assert.True(content is { Count: > 0 }, $"{op.Name}: {status} declares no content");
                }
            }
        });
    }

    [Fact]
    public async Task AnonymousOperationsNeedNoTokenAndSignInDocumentsItsLimits()
    {
        var document = await DocumentAsync();
        Assert.NotNull(document["security"]);
        foreach (var (name, operation) in ApiOperations(document))
        {
            if (AnonymousApi.Contains(name))
            {
                Assert.Empty(operation["security"]!.AsArray());
                if (SignInApi.Contains(name))
                {
                    Assert.NotNull(operation["responses"]!["429"]);
                    Assert.NotNull(operation["responses"]!["401"]);
                }
            }
            else
            {
                Assert.Null(operation["security"]);
            }
        }
    }

    [Fact]
    public async Task SchemasTypeNumbersAsNumbersAndListNoNullEnumOrOffsetlessTime()
    {
        var document = await DocumentAsync();
        Assert.All(document["servers"]!.AsArray(), server => Assert.False(server!["url"]!.GetValue<string>().EndsWith('/')));
        foreach (var node in Descendants(document))
        {
            if (node["type"] is JsonArray types)
            {
                var names = types.Select(t => t!.GetValue<string>()).ToArray();
                Assert.False(names.Contains("string") && (names.Contains("integer") || names.Contains("number")), node.ToJsonString());
            }

            if (node["enum"] is JsonArray values)
            {
                Assert.DoesNotContain(values, v => v is null);
            }

            Assert.NotEqual("time", node["format"]?.GetValue<string>());
        }
    }

    [Fact]
    public async Task RequiredRequestFieldsAreNotNullableAndCarryTheServersRules()
    {
        var document = await DocumentAsync();
        var filing = document["components"]!["schemas"]!["FileOrganizationRequest"]!;
        var required = filing["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToHashSet();
        Assert.Equal(new[] { "category", "contactName", "contactPhone", "incubatorId", "name", "serviceDomains" }, required.Order(StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain("creditCode", required);
        Assert.All(required, field => Assert.DoesNotContain("null", filing["properties"]![field]!.ToJsonString()));
        Assert.Equal(FileOrganization.MaxNameLength, filing["properties"]!["name"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(FileOrganization.ContactPhonePattern, filing["properties"]!["contactPhone"]!["pattern"]!.GetValue<string>());
        Assert.Contains("null", filing["properties"]!["creditCode"]!.ToJsonString());
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            yield return obj;
            foreach (var child in obj.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants))
            {
                yield return child;
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>().SelectMany(Descendants))
            {
                yield return child;
            }
        }
    }
}
