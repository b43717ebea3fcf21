namespace Portal.Domain.Email;

/// <summary>The <c>Portal:Email</c> section. Without an SMTP host, messages go to the pickup folder in the data directory.</summary>
public sealed class EmailOptions
{
    public const string Section = "Portal:Email";

    public string FromAddress { get; set; } = "community@portal.test";

    public string FromName { get; set; } = "Aurelia Owners";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpStartTls { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
