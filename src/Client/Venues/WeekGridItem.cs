using MudBlazor;

namespace Incubator.Client.Venues;

/// <summary>One block in a week grid, already in local time and localized.</summary>
public sealed record class WeekGridItem(DateTime LocalStart, DateTime LocalEnd, string Title, string Status, Color Color);
