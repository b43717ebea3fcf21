namespace Portal.Console.Verification;

/// <summary>Marker for the verification queue's strings (VerificationText.resx, VerificationText.zh-CN.resx).</summary>
public sealed class VerificationText;
