using System.Linq.Expressions;

namespace Portal.Domain.Segments;

/// <summary>Combines predicates over one parameter (AND, OR, NOT), so EF Core translates the whole tree into one WHERE.</summary>
internal static class Predicates
{
    public static Expression<Func<T, bool>> True<T>() => _ => true;

    public static Expression<Func<T, bool>> Not<T>(Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    public static Expression<Func<T, bool>> All<T>(IEnumerable<Expression<Func<T, bool>>> predicates) => Combine(predicates, Expression.AndAlso);

    public static Expression<Func<T, bool>> Any<T>(IEnumerable<Expression<Func<T, bool>>> predicates) => Combine(predicates, Expression.OrElse);

    private static Expression<Func<T, bool>> Combine<T>(IEnumerable<Expression<Func<T, bool>>> predicates, Func<Expression, Expression, BinaryExpression> join)
    {
        var parameter = Expression.Parameter(typeof(T), "member");
        var bodies = predicates.Select(p => new Rebind(p.Parameters[0], parameter).Visit(p.Body)).ToList();
        return bodies.Count == 0 ? True<T>() : Expression.Lambda<Func<T, bool>>(bodies.Aggregate((a, b) => join(a, b)), parameter);
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
