using Incubator.Common;

namespace Incubator.Cohorts;

/// <summary>A reviewer's scores for some or all criteria of one application; a criterion scored again takes the new score.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.ScoreApplication")]
public sealed record class ScoreApplication(Guid OrganizationId, IReadOnlyList<CriterionScore> Scores)
{
    /// <summary>Checks the scores against the cohort's criteria (names compared ignoring case).</summary>
    public IReadOnlyList<FieldError> Validate(IReadOnlyList<ScreeningCriterion> criteria)
    {
        var errors = new List<FieldError>();
        if (Scores is null || Scores.Count == 0)
        {
            errors.Add(new("scores", ErrorCodes.AtLeastOne));
            return errors;
        }

        foreach (var score in Scores)
        {
            if (!criteria.Any(c => string.Equals(c.Name, score.Criterion?.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(FieldError.Of("scores", ErrorCodes.CohortUnknownCriterion, ErrorArg.Text("criterion", score.Criterion)));
            }
            else if (score.Score is < CriterionScore.MinScore or > CriterionScore.MaxScore)
            {
                errors.Add(FieldError.Of(
                    "scores",
                    ErrorCodes.CohortScoreOutOfRange,
                    ErrorArg.Text("criterion", score.Criterion),
                    ErrorArg.Text("min", CriterionScore.MinScore),
                    ErrorArg.Text("max", CriterionScore.MaxScore)));
            }
        }

        if (Scores.Select(s => s.Criterion?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Scores.Count)
        {
            errors.Add(new("scores", ErrorCodes.Duplicates));
        }

        return errors;
    }
}
