using Portal.Domain.Messaging;

namespace Portal.Domain.Announcements;

/// <summary>The checks on what the composer saves; each problem names its field.</summary>
internal static class AnnouncementRules
{
    public const double MaxHoldoutShare = 0.5;

    public static List<Problem> Validate(AnnouncementInput input, MessageLinkPolicy links)
    {
        var problems = new List<Problem>();
        if (input.SegmentId is null)
        {
            problems.Add(new Problem(AnnouncementProblems.SegmentRequired, nameof(AnnouncementInput.SegmentId)));
        }

        Text(problems, input.TitleEnglish, nameof(AnnouncementInput.TitleEnglish), AnnouncementProblems.TitleRequired, MessageContent.TitleMaxLength);
        Text(problems, input.TitleChinese, nameof(AnnouncementInput.TitleChinese), AnnouncementProblems.TitleRequired, MessageContent.TitleMaxLength);
        Text(problems, input.BodyEnglish, nameof(AnnouncementInput.BodyEnglish), AnnouncementProblems.BodyRequired, MessageContent.BodyMaxLength);
        Text(problems, input.BodyChinese, nameof(AnnouncementInput.BodyChinese), AnnouncementProblems.BodyRequired, MessageContent.BodyMaxLength);
        if (!string.IsNullOrWhiteSpace(input.Link))
        {
            if (input.Link.Trim().Length > MessageContent.LinkMaxLength)
            {
                problems.Add(new Problem(CommonProblems.TooLong, nameof(AnnouncementInput.Link), MessageContent.LinkMaxLength));
            }
            else if (!links.Allows(input.Link.Trim()))
            {
                problems.Add(new Problem(AnnouncementProblems.LinkNotAllowed, nameof(AnnouncementInput.Link)));
            }
        }

        if (double.IsNaN(input.HoldoutShare) || input.HoldoutShare is < 0 or > MaxHoldoutShare)
        {
            problems.Add(new Problem(AnnouncementProblems.HoldoutOutOfRange, nameof(AnnouncementInput.HoldoutShare), MaxHoldoutShare * 100));
        }

        return problems;
    }

    private static void Text(List<Problem> problems, string? value, string field, string required, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new Problem(required, field));
        }
        else if (value.Trim().Length > maxLength)
        {
            problems.Add(new Problem(CommonProblems.TooLong, field, maxLength));
        }
    }
}
