using System.ComponentModel.DataAnnotations;

namespace Portal.Hosting;

/// <summary>The <c>Portal:Security</c> section: what a deployment may change about the response headers (see <see cref="SecurityHeaders"/>).</summary>
internal sealed class SecurityOptions
{
    public const string Section = "Portal:Security";

    /// <summary>How long browsers remember to use https only (Strict-Transport-Security, sent outside Development over https).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "730.00:00:00")]
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);

    /// <summary>Whether HSTS also covers every subdomain of the site's host (only when all of them serve https).</summary>
    public bool HstsIncludeSubDomains { get; set; }

    /// <summary>Image sources allowed besides the site itself, <c>data:</c> and <c>blob:</c> (for example a CDN origin such as <c>https://img.example.com</c>).</summary>
    public IList<string> ImageSources { get; } = [];
}
