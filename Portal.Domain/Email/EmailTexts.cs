namespace Portal.Domain.Email;

/// <summary>Marker for the email resource files (EmailTexts.resx, EmailTexts.zh-CN.resx).</summary>
public sealed class EmailTexts;
