using System.Globalization;

namespace Incubator.Bench;

/// <summary>--ConnectionString=… (required), --Lengths=10,5000, --Runs=5, --Writes=200, --Warmup=50.</summary>
public sealed record class BenchOptions(string ConnectionString, int[] Lengths, int Runs, int Writes, int Warmup)
{
    public static BenchOptions Parse(string[] args)
    {
        var values = args
            .Select(a => a.TrimStart('-').Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        return new BenchOptions(
            values.TryGetValue("ConnectionString", out var connectionString) ? connectionString : throw new ArgumentException("--ConnectionString=… is required"),
            values.TryGetValue("Lengths", out var lengths) ? [.. lengths.Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture))] : [10, 5000],
            Number("Runs", 5),
            Number("Writes", 200),
            Number("Warmup", 50));
    }
}
