namespace Portal.Domain;

/// <summary>The outcome of a use case: success, or the problems that stopped it (nothing was written).</summary>
public class Result
{
    protected Result(IReadOnlyList<Problem> problems) => Problems = problems;

    public IReadOnlyList<Problem> Problems { get; }

    public bool Succeeded => Problems.Count == 0;

    public static Result Ok { get; } = new([]);

    public static Result Fail(params Problem[] problems) => new(problems);

    public static Result Fail(string code, string? field = null, params object[] args) => new([new Problem(code, field, args)]);

    public static Result<T> Success<T>(T value) => new(value, []);

    /// <summary>The same failure, typed for a use case that returns a value.</summary>
    public Result<T> As<T>() => new(default, Problems);

    public Problem? For(string field) => Problems.FirstOrDefault(p => p.Field == field);
}
