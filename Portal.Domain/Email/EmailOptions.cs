using System.ComponentModel.DataAnnotations;

namespace Portal.Domain.Email;

/// <summary>The <c>Portal:Email</c> section. Without an SMTP host, messages go to the pickup folder in the data directory.</summary>
public sealed class EmailOptions
{
    public const string Section = "Portal:Email";

    [Required(ErrorMessage = "Portal:Email:FromAddress is required: the address account emails come from.")]
    [EmailAddress(ErrorMessage = "Portal:Email:FromAddress must be an email address, e.g. community@example.com.")]
    public string FromAddress { get; set; } = "community@portal.test";

    public string FromName { get; set; } = "Aurelia Owners";

    public string? SmtpHost { get; set; }

    [Range(1, 65_535, ErrorMessage = "Portal:Email:SmtpPort must be a TCP port (1-65535).")]
    public int SmtpPort { get; set; } = 587;

    public bool SmtpStartTls { get; set; } = true;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
