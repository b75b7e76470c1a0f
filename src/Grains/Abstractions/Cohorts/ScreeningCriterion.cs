namespace Incubator.Cohorts;

/// <summary>One screening criterion (评估指标) an incubator configures for a cohort; its weight multiplies the 0..5 score.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ScreeningCriterion")]
public sealed record class ScreeningCriterion(string Name, int Weight)
{
    public const int MinWeight = 1;
    public const int MaxWeight = 10;
    public const int MaxNameLength = 50;
}

/// <summary>A reviewer's score (0..5) for one named criterion.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.CriterionScore")]
public sealed record class CriterionScore(string Criterion, int Score)
{
    public const int MinScore = 0;
    public const int MaxScore = 5;
}
