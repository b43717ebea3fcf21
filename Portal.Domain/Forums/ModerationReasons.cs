using System.Diagnostics.CodeAnalysis;

namespace Portal.Domain.Forums;

/// <summary>
/// How a preset reason and the moderator's note are written into the texts readers and the audit see (a hidden post's
/// reason, the audit detail): <c>spam</c>, <c>spam: note</c>, or the note alone for <see cref="ModerationReason.Other"/>.
/// The code keeps the text language-neutral: each reader sees the preset in their own language (<see cref="TryParse"/>).
/// </summary>
public static class ModerationReasons
{
    private const string Separator = ": ";

    public static string Code(ModerationReason reason) => reason switch
    {
        ModerationReason.OffTopic => "off-topic",
        ModerationReason.PersonalData => "personal-data",
        _ => reason.ToString().ToLowerInvariant(),
    };

    /// <summary>The stored text for a preset and an optional note (cut to <paramref name="maxLength"/>).</summary>
    public static string Format(ModerationReason reason, string? note, int maxLength = Post.HiddenReasonMaxLength)
    {
        var text = reason == ModerationReason.Other ? note ?? "" : note is null ? Code(reason) : Code(reason) + Separator + note;
        return text.Length > maxLength ? text[..maxLength] : text;
    }

    /// <summary>Reads a stored reason back: a preset (with the note after it, if any); false for free text (older reasons, "other").</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ModerationReason? reason, out string? note)
    {
        (reason, note) = (null, null);
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (var preset in Enum.GetValues<ModerationReason>())
        {
            var code = Code(preset);
            if (preset == ModerationReason.Other || !text.StartsWith(code, StringComparison.Ordinal))
            {
                continue;
            }

            if (text.Length == code.Length)
            {
                reason = preset;
                return true;
            }

            if (text.AsSpan(code.Length).StartsWith(Separator, StringComparison.Ordinal))
            {
                (reason, note) = (preset, text[(code.Length + Separator.Length)..]);
                return true;
            }
        }

        return false;
    }
}
