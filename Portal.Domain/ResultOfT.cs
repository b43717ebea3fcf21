namespace Portal.Domain;

/// <summary>A <see cref="Result"/> that carries a value on success.</summary>
public sealed class Result<T> : Result
{
    internal Result(T? value, IReadOnlyList<Problem> problems) : base(problems) => Value = value;

    public T? Value { get; }

    public static implicit operator Result<T>(Problem problem) => new(default, [problem]);
}
