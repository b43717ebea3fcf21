using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Portal.Domain;

/// <summary>
/// The one way to search titles with SQL LIKE: the words anywhere, their %, _ and \ taken literally (escape character
/// <see cref="EscapeCharacter"/>), both sides lower-cased, so the match ignores case on every database (SQLite's LIKE
/// ignores ASCII case by itself, PostgreSQL's does not).
/// </summary>
public static class SqlLike
{
    public const string EscapeCharacter = "\\";

    public static string ContainsPattern(string words) => "%" + words.Trim()
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    /// <summary>Rows whose <paramref name="column"/> holds <paramref name="words"/>, as a query filter (the pattern a SQL parameter).</summary>
    public static Expression<Func<T, bool>> Contains<T>(Expression<Func<T, string>> column, string words)
    {
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(words);
        var pattern = ContainsPattern(words).ToLowerInvariant();
        // A captured variable, not a constant: EF sends it as a parameter, so every search shares one compiled query.
        Expression<Func<string>> parameter = () => pattern;
        var like = Expression.Call(
            typeof(DbFunctionsExtensions).GetMethod(nameof(DbFunctionsExtensions.Like), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!,
            Expression.Constant(EF.Functions),
            // string.ToLower(), which EF translates to SQL lower() (ToLowerInvariant has no translation).
            Expression.Call(column.Body, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!),
            parameter.Body,
            Expression.Constant(EscapeCharacter));
        return Expression.Lambda<Func<T, bool>>(like, column.Parameters);
    }
}
