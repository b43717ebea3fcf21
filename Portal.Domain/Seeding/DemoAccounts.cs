namespace Portal.Domain.Seeding;

/// <summary>The three accounts the README and the console advertise.</summary>
public static class DemoAccounts
{
    /// <summary>How many they are: the first members of <see cref="DemoSeedContext.Members"/> (owner, editor, operator).</summary>
    public const int Count = 3;

    public const string Password = "Portal-demo-2026";
    public const string OwnerEmail = "owner@demo.portal.test";
    public const string EditorEmail = "editor@demo.portal.test";
    public const string OperatorEmail = "operator@demo.portal.test";
}
