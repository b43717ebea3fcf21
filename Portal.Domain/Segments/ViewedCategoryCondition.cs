using Portal.Domain.Articles;

namespace Portal.Domain.Segments;

/// <summary>Viewed articles of the category at least N times in the window.</summary>
public sealed record ViewedCategoryCondition(ArticleCategory Category, int Days, int AtLeast = 1) : BehaviourCondition(Days, AtLeast);
