using Portal.Domain.Forums;

namespace Portal.Tests.Forums.Moderation;

/// <summary>A preset reason and its note written into a hidden post's reason and read back; free text stays free text.</summary>
public sealed class ModerationReasonsTests
{
    [Theory]
    [InlineData(ModerationReason.Spam, null, "spam")]
    [InlineData(ModerationReason.PersonalData, "Phone number", "personal-data: Phone number")]
    [InlineData(ModerationReason.OffTopic, "Belongs in road trips", "off-topic: Belongs in road trips")]
    [InlineData(ModerationReason.Other, "Selling chargers", "Selling chargers")]
    public void A_preset_and_note_are_written_and_read_back(ModerationReason reason, string? note, string stored)
    {
        Assert.Equal(stored, ModerationReasons.Format(reason, note));

        var parsed = ModerationReasons.TryParse(stored, out var back, out var backNote);

        Assert.Equal(reason != ModerationReason.Other, parsed);
        Assert.Equal(reason == ModerationReason.Other ? (null, null) : (reason, note), (back, backNote));
    }

    [Theory]
    [InlineData("spammer everywhere")]
    [InlineData("Spam")]
    [InlineData("off-topicish")]
    [InlineData("")]
    [InlineData(null)]
    public void Free_text_is_not_mistaken_for_a_preset(string? text) => Assert.False(ModerationReasons.TryParse(text, out _, out _));

    [Fact]
    public void A_long_note_is_cut_to_the_hidden_reason_length() =>
        Assert.Equal(Post.HiddenReasonMaxLength, ModerationReasons.Format(ModerationReason.Harassment, new string('x', 400)).Length);
}
