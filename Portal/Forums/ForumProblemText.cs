using Microsoft.Extensions.Localization;
using Portal.Domain;

namespace Portal.Forums;

/// <summary>Turns a forum <see cref="Problem"/> into the sentence shown beside the draft (resource key = problem code).</summary>
internal static class ForumProblemText
{
    public static string Describe(IStringLocalizer localizer, Problem problem) => localizer[problem.Code, problem.Args];
}
