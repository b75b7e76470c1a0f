using Incubator.Organizations;

namespace Incubator.Cohorts;

/// <summary>How an application's total is made: Σ score × weight, plus the favoured-category bonus.</summary>
public static class CohortScoring
{
    /// <summary>Scores for criteria the cohort no longer names count nothing; unscored criteria count 0.</summary>
    public static int CriteriaTotal(IReadOnlyList<ScreeningCriterion> criteria, IEnumerable<CriterionScore> scores) =>
        scores.Sum(s => s.Score * (criteria.FirstOrDefault(c => string.Equals(c.Name, s.Criterion, StringComparison.OrdinalIgnoreCase))?.Weight ?? 0));

    /// <summary>A favoured category counts like one more criterion of the favoured weight, scored at the top.</summary>
    public static int FavouredBonus(IReadOnlyList<OrganizationCategory> favoured, int favouredWeight, OrganizationCategory category) =>
        favoured.Contains(category) ? favouredWeight * CriterionScore.MaxScore : 0;

    /// <summary>The scores after <paramref name="update"/>: a criterion scored again takes the new score; names as the cohort spells them.</summary>
    public static List<CriterionScore> Merge(IReadOnlyList<ScreeningCriterion> criteria, IEnumerable<CriterionScore> current, IEnumerable<CriterionScore> update)
    {
        var merged = current.ToDictionary(s => s.Criterion, s => s.Score, StringComparer.OrdinalIgnoreCase);
        foreach (var score in update)
        {
            merged[score.Criterion.Trim()] = score.Score;
        }

        return criteria
            .Where(c => merged.ContainsKey(c.Name))
            .Select(c => new CriterionScore(c.Name, merged[c.Name]))
            .ToList();
    }
}
