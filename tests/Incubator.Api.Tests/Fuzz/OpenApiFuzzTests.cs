using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Incubator.Testing;

namespace Incubator.Api.Tests.Fuzz;

/// <summary>
/// Reads the published OpenAPI document and sends malformed values to every operation as an administrator, one field at a
/// time: overlong text, control characters, extreme dates, huge lists, wrong types, NaN, negative and overflowing numbers,
/// malformed path ids. Any 5xx fails, and so does a 400 that is not ProblemDetails naming the malformed field.
/// </summary>
[Collection(ApiTestCollection.Name)]
public sealed class OpenApiFuzzTests(ApiAppFixture app)
{
    // Logout would end the administrator's own session halfway through; everything else is fair game.
    private static readonly string[] Skipped = ["POST /api/auth/logout"];

    [Fact]
    public async Task NoMalformedValueCausesA5xxOrAnUnnamed400()
    {
        var admin = await app.AdminClientAsync();
        var document = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var schemas = document["components"]?["schemas"]?.AsObject();
        var failures = new List<string>();
        var sent = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "patch" or "delete"))
            {
                var name = $"{method.ToUpperInvariant()} {path}";
                if (Skipped.Contains(name))
                {
                    continue;
                }

                var parameters = (operation!["parameters"]?.AsArray() ?? []).Concat(item["parameters"]?.AsArray() ?? []).Select(p => p!).ToArray();
                foreach (var probe in Probes(path, parameters, operation["requestBody"]?["content"]?["application/json"]?["schema"], schemas))
                {
                    sent++;
                    var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), probe.Url);
                    if (probe.Body is { } body)
                    {
                        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
                    }

                    var response = await admin.SendAsync(request);
                    if (Judge(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), probe.Field, probe.Strict) is { } why)
                    {
                        failures.Add($"{name} {probe.Url} {probe.Field}={Shorten(probe.Value)}: {(int)response.StatusCode} {why}");
                    }
                }
            }
        }

        Assert.True(sent > 500, $"only {sent} probes: is the document empty?");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} probes failed:\n{string.Join("\n", failures.Take(60))}");
    }

    private static string? Judge(HttpStatusCode status, string? mediaType, string body, string field, bool strict)
    {
        if ((int)status >= 500)
        {
            return Shorten(body);
        }

        if (status != HttpStatusCode.BadRequest)
        {
            return null;
        }

        if (mediaType != "application/problem+json")
        {
            return $"not ProblemDetails ({mediaType})";
        }

        // A refusal names the field itself or something inside it (tranches[0].dueOn). A value that may be acceptable by
        // its field's own rules (-1, an object with an unknown member) may instead be refused for the other fields the
        // probe leaves out; a refusal must name some field all the same.
        var errors = JsonNode.Parse(body)?["errors"]?.AsObject();
        if (errors is null || errors.Count == 0)
        {
            return "no field named: " + Shorten(body);
        }

        return !strict || errors.Any(e => Names(e.Key, field)) ? null : "field not named: " + Shorten(body);
    }

    private static bool Names(string key, string field) =>
        key.Equals(field, StringComparison.OrdinalIgnoreCase) || key.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith(field + "[", StringComparison.OrdinalIgnoreCase);

    private sealed record class Probe(string Url, string? Body, string Field, string Value)
    {
        /// <summary>The value is wrong whatever the field's own rules: a 400 must name the field.</summary>
        public bool Strict => Value is not ("-1" or "0" or "-1e30" or "{\"x\":1}" or "" or "zzz" or "00000000-0000-0000-0000-000000000000");
    }

    private static IEnumerable<Probe> Probes(string path, JsonNode[] parameters, JsonNode? bodySchema, JsonObject? schemas)
    {
        var pathParameters = parameters.Where(p => p["in"]?.GetValue<string>() == "path").ToArray();
        var queryParameters = parameters.Where(p => p["in"]?.GetValue<string>() == "query").ToArray();
        string Url(string? badName = null, string? badValue = null, string? query = null)
        {
            var url = path;
            foreach (var p in pathParameters)
            {
                var pname = p["name"]!.GetValue<string>();
                var value = pname == badName ? badValue! : WellFormed(Resolve(p["schema"], schemas));
                url = url.Replace("{" + pname + "}", Uri.EscapeDataString(value));
            }

            // The other required query parameters are well-formed, so the refusal can only be about the probed one.
            var others = queryParameters
                .Where(q => q["required"]?.GetValue<bool>() == true && query?.StartsWith(q["name"]!.GetValue<string>() + "=", StringComparison.Ordinal) != true)
                .Select(q => $"{q["name"]!.GetValue<string>()}={Uri.EscapeDataString(WellFormed(Resolve(q["schema"], schemas)))}");
            var all = string.Join("&", others.Append(query).Where(q => !string.IsNullOrEmpty(q)));
            return all.Length == 0 ? url : $"{url}?{all}";
        }

        var validBody = bodySchema is null ? null : "{}";
        foreach (var p in pathParameters)
        {
            var pname = p["name"]!.GetValue<string>();
            foreach (var value in MalformedPathValues)
            {
                yield return new Probe(Url(pname, value), validBody, pname, value);
            }
        }

        foreach (var p in queryParameters)
        {
            var pname = p["name"]!.GetValue<string>();
            foreach (var value in MalformedQueryValues(Resolve(p["schema"], schemas)))
            {
                yield return new Probe(Url(query: $"{pname}={Uri.EscapeDataString(value)}"), validBody, pname, value);
            }
        }

        if (bodySchema is null)
        {
            yield break;
        }

        yield return new Probe(Url(), "\"not an object\"", "body", "\"not an object\"");
        yield return new Probe(Url(), "[1,2]", "body", "[1,2]");
        var properties = Resolve(bodySchema, schemas)?["properties"]?.AsObject();
        foreach (var (property, schema) in properties ?? [])
        {
            foreach (var value in MalformedJsonValues(Resolve(schema, schemas)))
            {
                yield return new Probe(Url(), $"{{\"{property}\":{value}}}", property, value);
            }
        }
    }

    private static readonly string[] MalformedPathValues = ["0", "-1", "not-an-id", new string('9', 40), "00000000-0000-0000-0000-000000000000", "a b"];

    private static string Overlong => new('长', 10_001);

    private static IEnumerable<string> MalformedQueryValues(JsonNode? schema)
    {
        var (type, format) = TypeOf(schema);
        yield return "zzz";
        yield return "";
        switch (type, format)
        {
            case ("string", "date"):
            case ("string", "date-time"):
                yield return "9999-12-31";
                yield return "0001-01-01";
                break;
            case ("integer", _):
                yield return "-1";
                yield return "0";
                yield return "99999999999";
                break;
            case ("number", _):
                yield return "NaN";
                yield return "-Infinity";
                yield return "1e400";
                break;
            case ("string", _):
                yield return "a\u0000b";
                yield return Overlong;
                break;
        }
    }

    private static IEnumerable<string> MalformedJsonValues(JsonNode? schema)
    {
        var (type, format) = TypeOf(schema);
        yield return "{\"x\":1}";
        switch (type, format)
        {
            case ("string", "date"):
                yield return "\"9999-12-31\"";
                yield return "\"0001-01-01\"";
                yield return "\"2026-02-30\"";
                break;
            case ("string", "date-time"):
                yield return "\"9999-12-31T23:59:59Z\"";
                yield return "\"0001-01-01T00:00:00Z\"";
                break;
            case ("string", _):
                yield return "\"a\\u0000b\"";
                yield return "\"\\u001b[2J\"";
                yield return $"\"{Overlong}\"";
                yield return "12345";
                break;
            case ("integer", _):
                yield return "-1";
                yield return "99999999999";
                yield return "\"NaN\"";
                break;
            case ("number", _):
                yield return "\"NaN\"";
                yield return "1e400";
                yield return "-1e30";
                break;
            case ("array", _):
                yield return "[" + string.Join(",", Enumerable.Repeat(Item(schema), 5_000)) + "]";
                yield return "\"x\"";
                break;
            case ("boolean", _):
                yield return "\"maybe\"";
                break;
        }
    }

    // An item the list could hold (its enum's first value, a string, an empty object), so the list's size is what is wrong.
    private static string Item(JsonNode? arraySchema)
    {
        var items = arraySchema?["items"];
        if (items?["enum"]?.AsArray().FirstOrDefault(e => e is not null) is { } first)
        {
            return first.ToJsonString();
        }

        return TypeOf(items).Type switch
        {
            "string" => "\"a\"",
            "integer" or "number" => "1",
            _ => "{}",
        };
    }

    private static string WellFormed(JsonNode? schema) => schema?["enum"]?.AsArray().FirstOrDefault(e => e is not null)?.GetValue<string>() ?? TypeOf(schema) switch
    {
        ("integer", _) => "2026",
        ("number", _) => "0.5",
        ("boolean", _) => "true",
        ("string", "date") => "2026-06-01",
        ("string", "date-time") => "2026-06-01T08:00:00Z",
        ("string", "uuid") or ("", _) => Guid.NewGuid().ToString(),
        _ => "a",
    };

    private static (string Type, string? Format) TypeOf(JsonNode? schema)
    {
        if (schema is null)
        {
            return ("", null);
        }

        var type = schema["type"] switch
        {
            JsonValue value => value.GetValue<string>(),
            JsonArray types => types.Select(t => t?.GetValue<string>()).FirstOrDefault(t => t is not null and not "null") ?? "",
            _ => schema["enum"] is not null ? "string" : "",
        };
        return (type, schema["format"]?.GetValue<string>());
    }

    private static JsonNode? Resolve(JsonNode? schema, JsonObject? schemas)
    {
        for (var hops = 0; hops < 5 && schema?["$ref"]?.GetValue<string>() is { } reference; hops++)
        {
            schema = schemas?[reference.Split('/').Last()];
        }

        // Nullable references come as oneOf/anyOf [null, $ref].
        if ((schema?["oneOf"] ?? schema?["anyOf"]) is JsonArray alternatives && alternatives.FirstOrDefault(a => a?["$ref"] is not null) is { } referenced)
        {
            return Resolve(referenced, schemas);
        }

        return schema;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
