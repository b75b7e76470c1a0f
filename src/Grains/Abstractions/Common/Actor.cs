namespace Incubator.Common;

/// <summary>Who did something: kept on every timeline entry.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.Actor")]
public sealed record class Actor(string UserId, string DisplayName)
{
    public static readonly Actor System = new("system", "系统 System");
}
