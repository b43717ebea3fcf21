namespace Portal.Domain.Accounts;

/// <summary>The three roles. Every registered member is an Owner; staff also hold Editor and/or Operator.</summary>
public static class Roles
{
    public const string Owner = "Owner";
    public const string Editor = "Editor";
    public const string Operator = "Operator";

    public static IReadOnlyList<string> All { get; } = [Owner, Editor, Operator];

    internal static readonly IReadOnlyDictionary<string, string> Ids = new Dictionary<string, string>
    {
        [Owner] = "role-owner",
        [Editor] = "role-editor",
        [Operator] = "role-operator",
    };
}
