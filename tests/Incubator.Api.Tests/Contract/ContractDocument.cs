using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Incubator.Api.Tests.Contract;

/// <summary>
/// The checked-in OpenAPI document (Contract/openapi.json, embedded in this assembly): the contract integrators generate
/// clients from, and the one every answer is checked against. <see cref="ServedDocumentTests"/> keeps it equal to the
/// served one.
/// </summary>
internal sealed partial class ContractDocument
{
    private const string SchemaBase = "https://incubator.test/contract/";
    private static readonly Lazy<ContractDocument> Loaded = new(Load);
    private readonly (Regex Pattern, int Parameters, string Template)[] _paths;
    private readonly JsonObject _definitions;
    private readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);
    private readonly BuildOptions _build = new() { SchemaRegistry = new SchemaRegistry() };

    private ContractDocument(string text)
    {
        Text = text;
        Root = JsonNode.Parse(text)!.AsObject();
        _paths = Root["paths"]!.AsObject()
            .Select(p => (new Regex("^" + ParameterPattern().Replace(Regex.Escape(p.Key).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$"),
                ParameterPattern().Count(p.Key), p.Key))
            .ToArray();
        _definitions = JsonNode.Parse(LocalReferences(Root["components"]?["schemas"]?.ToJsonString() ?? "{}"))!.AsObject();
    }

    public static ContractDocument Instance => Loaded.Value;

    public string Text { get; }

    public JsonObject Root { get; }

    /// <summary>The operation answering <paramref name="method"/> on <paramref name="path"/>: the template with fewest parameters wins (/api/venues/idle over /api/venues/{id}).</summary>
    public (string Template, JsonObject Operation)? Find(HttpMethod method, string path)
    {
        var name = method.Method.ToLowerInvariant();
        foreach (var (pattern, _, template) in _paths.OrderBy(p => p.Parameters))
        {
            if (pattern.IsMatch(path) && Root["paths"]![template]![name] is JsonObject operation)
            {
                return (template, operation);
            }
        }

        return null;
    }

    /// <summary>Every way <paramref name="response"/> (its body buffered) differs from what the contract documents; empty when it matches.</summary>
    public async Task<IReadOnlyList<string>> MismatchesAsync(HttpRequestMessage request, HttpResponseMessage response, CancellationToken cancellation)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (Find(request.Method, path) is not var (template, operation))
        {
            // No such operation: the answer can only be the refusal every unknown route gets, as a Problem.
            return response.StatusCode is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Unauthorized
                   && response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                ? Validate($"{request.Method} {path} (no such operation) → {(int)response.StatusCode}", "problem",
                    new JsonObject { ["$ref"] = "#/components/schemas/Problem" }, await response.Content.ReadAsByteArrayAsync(cancellation))
                : [$"{request.Method} {path} is not in the contract, and answered {(int)response.StatusCode} {response.Content.Headers.ContentType?.MediaType}"];
        }

        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var responses = operation["responses"]!.AsObject();
        var documented = responses[status] ?? responses[$"{status[0]}XX"] ?? responses["default"];
        var name = $"{request.Method} {template} → {status}";
        if (documented is null)
        {
            return [$"{name}: status not documented (documented: {string.Join(", ", responses.Select(r => r.Key))})"];
        }

        documented = Resolve(documented);
        var body = await response.Content.ReadAsByteArrayAsync(cancellation);
        var content = documented["content"]?.AsObject();
        if (body.Length == 0 || request.Method == HttpMethod.Head)
        {
            return body.Length == 0 && content is { Count: > 0 } && request.Method != HttpMethod.Head && status != "304"
                ? [$"{name}: no body, documented {string.Join(", ", content.Select(c => c.Key))}"]
                : [];
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (content?[mediaType] is not JsonObject media)
        {
            return [$"{name}: {mediaType} not documented ({string.Join(", ", content?.Select(c => c.Key) ?? [])})"];
        }

        if (!IsJson(response.Content.Headers.ContentType) || media["schema"] is not JsonObject schema)
        {
            return [];
        }

        return Validate(name, $"{request.Method.Method.ToLowerInvariant()}{template}/{status}/{mediaType}", schema, body);
    }

    private IReadOnlyList<string> Validate(string name, string key, JsonObject schema, byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        var results = SchemaFor(key, schema)
            .Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{name}: {d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .DefaultIfEmpty($"{name}: body does not match its schema")
            .Take(20)];
    }

    private static bool IsJson(MediaTypeHeaderValue? type) =>
        type?.MediaType is { } media && (media == "application/json" || media.EndsWith("+json", StringComparison.Ordinal));

    /// <summary>A response given as a $ref to components/responses.</summary>
    private JsonNode Resolve(JsonNode response) =>
        response["$ref"]?.GetValue<string>() is { } reference
            ? reference.Split('/').Skip(1).Aggregate((JsonNode)Root, (node, part) => node[part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)]!)
            : response;

    /// <summary>The schema with the document's components beside it, built once per operation, status and media type.</summary>
    private JsonSchema SchemaFor(string key, JsonObject schema) => _schemas.GetOrAdd(key, _ =>
    {
        var wrapper = JsonNode.Parse(LocalReferences(schema.ToJsonString()))!.AsObject();
        wrapper["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        wrapper["$defs"] = _definitions.DeepClone();
        using var json = JsonDocument.Parse(wrapper.ToJsonString());
        return JsonSchema.Build(json.RootElement.Clone(), _build, new Uri(SchemaBase + Uri.EscapeDataString(key)));
    });

    /// <summary>OpenAPI's references into components become references into the wrapper's $defs.</summary>
    private static string LocalReferences(string json) => json.Replace("\"#/components/schemas/", "\"#/$defs/", StringComparison.Ordinal);

    private static ContractDocument Load()
    {
        using var stream = typeof(ContractDocument).Assembly.GetManifestResourceStream("openapi.json")
            ?? throw new InvalidOperationException("openapi.json is not embedded");
        using var reader = new StreamReader(stream);
        return new ContractDocument(reader.ReadToEnd());
    }

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex ParameterPattern();
}
