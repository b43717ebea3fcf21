using Microsoft.Extensions.Localization;
using Portal.Domain;

namespace Portal.Events;

/// <summary>Turns an event <see cref="Problem"/> into the sentence shown to the member (resource key = problem code).</summary>
internal static class EventProblemText
{
    public static string Describe(IStringLocalizer localizer, Problem problem) => localizer[problem.Code, problem.Args];

    public static string? Field(IStringLocalizer localizer, IReadOnlyList<Problem> problems, string field) =>
        problems.FirstOrDefault(p => p.Field == field) is { } p ? Describe(localizer, p) : null;

    public static string? General(IStringLocalizer localizer, IReadOnlyList<Problem> problems) =>
        problems.FirstOrDefault(p => p.Field is null) is { } p ? Describe(localizer, p) : null;
}
