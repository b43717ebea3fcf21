namespace Portal.Accounts.Identity;

/// <summary>Marker for the account pages' strings (IdentityText.resx, IdentityText.zh-CN.resx).</summary>
public sealed class IdentityText;
