using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Incubator.Client.Infrastructure;

/// <summary>
/// The parts of the contract that belong to the whole document: a server address a generator can append paths to, a
/// description for every tag, and the one ProblemDetails schema every error answer refers to.
/// </summary>
internal sealed class ApiContractDocumentTransformer : IOpenApiDocumentTransformer
{
    public const string ProblemSchema = "Problem";

    /// <summary>What each feature's tag groups, for the API reference and generated clients.</summary>
    public static readonly IReadOnlyDictionary<string, string> TagDescriptions = new Dictionary<string, string>
    {
        ["Authentication"] = "Bearer tokens: sign in, refresh, sign out, change one's password, who am I.",
        ["Accounts"] = "User accounts, their roles, scopes and lifecycle (administrators).",
        ["Audit"] = "The append-only audit log of security-relevant actions, its search and CSV export.",
        ["Geography"] = "Areas (city, district, street, community) and the incubators in them.",
        ["Organizations"] = "Social organizations: filing (备案), admission, registration, exit, the directory, the pipeline, timelines and data exports.",
        ["Cohorts"] = "Cohorts (批次) of an incubator: opening, applications, decisions and places.",
        ["Graduation"] = "Incubation periods, graduation reviews and their decisions.",
        ["Party"] = "Party-building: the co-incubation track and each incubator's checkpoint plan.",
        ["HandOffs"] = "Hand-offs of an organization from one incubator to another.",
        ["Support plans"] = "An organization's support plan: milestones and consulting sessions.",
        ["Hub organizations"] = "Hubs (枢纽型组织) and the organizations they support.",
        ["Inbox"] = "The signed-in user's tasks and notices.",
        ["Funding"] = "Budgets, funded projects, contracts and funding requests.",
        ["Ledger"] = "The support an organization received: money, space, training, consulting.",
        ["Training"] = "Courses, their sessions, enrolment and attendance.",
        ["Venues"] = "Spaces (场地) of incubators: definitions, weeks, utilization and idle spaces.",
        ["Bookings"] = "Bookings of spaces: requests, approvals, check-in, cancellation and calendar feeds.",
        ["Social workers"] = "Social workers (社工): profiles, certification (社会工作者职业水平证书), status, accounts, weekly hours and assignments.",
        ["Resources"] = "The resources list (资源清单): social workers, stations, free space and budgets left; and idle resources.",
        ["Communities"] = "Communities (社区/嘎查/村): profiles with their history, stationed organizations (进驻社区), coverage and certified social workers per 10,000 residents.",
        ["Stations"] = "Social-work stations (社会工作服务站, 一居一站): communities served, operator, staff, hours, rooms and projects step by step.",
        ["Needs"] = "Communities' needs (需求清单), matching teams with reasons, proposals and their answers, engagements, service logs and feedback, idle organizations.",
        ["Services"] = "The service list (服务清单): what each organization offers, kept by its representative, with past engagements as evidence.",
        ["Volunteers"] = "Volunteers (志愿者): one's own record, activities (志愿活动) with sign-ups and waitlists, rotating check-in codes, confirmed hours, certificates (志愿服务证明) and their public check.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // A trailing slash makes "server + path" read "http://host//api/…" in generators that concatenate.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        // Nullable references are wrapped in oneOf [null, $ref] after the schema transformers ran: unwrap the required ones here.
        foreach (var (name, schema) in document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (name.EndsWith("Request", StringComparison.Ordinal) && schema is OpenApiSchema { Properties: { } properties, Required: { } required })
            {
                foreach (var field in required.Where(properties.ContainsKey))
                {
                    properties[field] = ApiContractSchemaTransformer.WithoutNull(properties[field]);
                }
            }
        }

        EnsureProblemSchema(document);
        return Task.CompletedTask;
    }

    /// <summary>The schema of every error answer (what <see cref="ProblemDetailsExceptionHandler"/> writes), added once.</summary>
    public static OpenApiSchemaReference EnsureProblemSchema(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(ProblemSchema))
        {
            var text = new OpenApiSchema { Type = JsonSchemaType.String };
            var textList = new OpenApiSchema { Type = JsonSchemaType.Array, Items = text };
            document.Components.Schemas[ProblemSchema] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "RFC 9457 problem details. 'code' is stable for integrators to branch on; a 400 for invalid input names every " +
                    "failing field in 'errors' (field → messages in the caller's language) and 'errorCodes' (field → codes).",
                Required = new HashSet<string> { "title", "status" },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    ["type"] = text,
                    ["title"] = text,
                    ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                    ["detail"] = text,
                    ["instance"] = text,
                    ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable error code, e.g. 'invalidFields', 'notFound'." },
                    ["field"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The input field a not-found, forbidden or conflict answer is about." },
                    ["args"] = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "The arguments of the code's message." },
                    ["errors"] = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = textList, Description = "Invalid input: field → messages." },
                    ["errorCodes"] = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = textList, Description = "Invalid input: field → codes." },
                    ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The W3C trace id found in the logs." },
                },
            };
        }

        return new OpenApiSchemaReference(ProblemSchema, document);
    }
}
