using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using Portal.Domain;

namespace Portal.Shell;

/// <summary>
/// The one way a <see cref="Problem"/> becomes a sentence (resource key = problem code). The feature's own resource
/// comes first, so a feature may word a code for its context; codes that more than one feature raises or shows
/// (<see cref="CommonProblems"/>, a car's problems shown in the console, …) are worded once in ProblemText.resx.
/// </summary>
public static class ProblemText
{
    private static readonly ResourceManager Shared = new(typeof(ProblemText));

    public static string Describe(this IStringLocalizer localizer, Problem problem)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(problem);
        var text = localizer[problem.Code, problem.Args];
        return !text.ResourceNotFound ? text.Value
            : Shared.GetString(problem.Code, CultureInfo.CurrentUICulture) is { } shared ? string.Format(CultureInfo.CurrentCulture, shared, problem.Args)
            : text.Value;
    }

    /// <summary>The sentence for the first problem of a form field, or null.</summary>
    public static string? Field(this IStringLocalizer localizer, IReadOnlyList<Problem> problems, string field) =>
        problems.FirstOrDefault(p => p.Field == field) is { } p ? localizer.Describe(p) : null;

    /// <summary>The sentence for the first problem that belongs to no field, or null.</summary>
    public static string? General(this IStringLocalizer localizer, IReadOnlyList<Problem> problems) =>
        problems.FirstOrDefault(p => p.Field is null) is { } p ? localizer.Describe(p) : null;

    /// <summary>The sentence for the first problem, or null when there is none.</summary>
    public static string? First(this IStringLocalizer localizer, IReadOnlyList<Problem> problems) =>
        problems.Count > 0 ? localizer.Describe(problems[0]) : null;
}
