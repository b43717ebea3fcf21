namespace Portal.Accounts;

/// <summary>Marker for profile, member and account strings (AccountText.resx, AccountText.zh-CN.resx).</summary>
public sealed class AccountText;
