using System.Text.Json;
using System.Text.Json.Serialization;

namespace Incubator.Api.Tests.Generated;

/// <summary>
/// What an integrator configures on the generated client: the API writes and reads enums by name (docs/api.md),
/// and NSwag adds the converter only to enum properties that cannot be null.
/// </summary>
public partial class IncubatorApi
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings) => settings.Converters.Add(new JsonStringEnumConverter());
}
