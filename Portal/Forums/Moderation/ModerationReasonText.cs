using Microsoft.Extensions.Localization;
using Portal.Domain.Forums;

namespace Portal.Forums.Moderation;

/// <summary>
/// A moderation reason in the reader's language: a preset's words (<c>Reason.{preset}</c>) with the moderator's note
/// after it, or a free-text reason as written. Used wherever a stored reason is shown (hidden posts, the history, the audit).
/// </summary>
public static class ModerationReasonText
{
    public static string Describe(IStringLocalizer<ModerationText> text, ModerationReason? reason, string? note)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (reason is null or ModerationReason.Other)
        {
            return note ?? "";
        }

        var preset = text[$"Reason.{reason}"].Value;
        return note is null ? preset : text["Reason.WithNote", preset, note].Value;
    }

    /// <summary>A stored reason (<see cref="ModerationReasons.Format"/>) in the reader's language.</summary>
    public static string Describe(IStringLocalizer<ModerationText> text, string? stored) =>
        ModerationReasons.TryParse(stored, out var reason, out var note) ? Describe(text, reason, note) : stored ?? "";
}
