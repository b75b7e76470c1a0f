using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace Incubator.Api.Tests.Contract;

/// <summary>
/// The document the platform serves is the checked-in Contract/openapi.json, which the tests' client is generated from
/// and every answer is checked against. A change to the served contract fails here until the file is updated (run
/// with INCUBATOR_UPDATE_CONTRACT=1 to write it), and the update then rebuilds the client: what an integrator would
/// have to change shows up as this project's compile errors.
/// </summary>
[Collection(ApiTestCollection.Name)]
public sealed class ServedDocumentTests(ApiAppFixture app)
{
    [Fact]
    public async Task TheServedDocumentIsTheCheckedInContract()
    {
        var served = await app.CreateClient().GetStringAsync("/openapi/v1.json");
        var differences = Differences("#", JsonNode.Parse(ContractDocument.Instance.Text), JsonNode.Parse(served)).Take(20).ToArray();
        if (differences.Length > 0 && Environment.GetEnvironmentVariable("INCUBATOR_UPDATE_CONTRACT") == "1")
        {
            await File.WriteAllTextAsync(CheckedInPath(), served);
            return;
        }

        Assert.True(differences.Length == 0,
            "The served OpenAPI document differs from tests/Incubator.Api.Tests/Contract/openapi.json (run the test with INCUBATOR_UPDATE_CONTRACT=1 "
            + "to take the served one, then rebuild):\n" + string.Join("\n", differences));
    }

    /// <summary>JSON pointers where the two documents differ.</summary>
    private static IEnumerable<string> Differences(string at, JsonNode? checkedIn, JsonNode? served)
    {
        if (checkedIn is JsonObject a && served is JsonObject b)
        {
            foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
            {
                foreach (var difference in Differences($"{at}/{key.Replace("~", "~0").Replace("/", "~1")}", a[key], b[key]))
                {
                    yield return difference;
                }
            }
        }
        else if (checkedIn is JsonArray x && served is JsonArray y && x.Count == y.Count)
        {
            for (var i = 0; i < x.Count; i++)
            {
                foreach (var difference in Differences($"{at}/{i}", x[i], y[i]))
                {
                    yield return difference;
                }
            }
        }
        else if (!JsonNode.DeepEquals(checkedIn, served))
        {
            yield return $"{at}: checked in {Short(checkedIn)}, served {Short(served)}";
        }
    }

    private static string Short(JsonNode? node) => node?.ToJsonString() is { } text ? text.Length > 120 ? text[..120] + "…" : text : "nothing";

    private static string CheckedInPath([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "openapi.json");
}
