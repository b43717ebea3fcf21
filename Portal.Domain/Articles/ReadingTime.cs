namespace Portal.Domain.Articles;

/// <summary>
/// Minutes to read a text: Latin-script words at 230 a minute plus Chinese characters at 400 a minute (Chinese has no
/// spaces, so characters are what a reader's pace is measured in). At least one minute.
/// </summary>
public static class ReadingTime
{
    public const int WordsPerMinute = 230;
    public const int CharactersPerMinute = 400;

    public static int Minutes(string plainText)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        var words = 0;
        var characters = 0;
        var inWord = false;
        foreach (var rune in plainText.EnumerateRunes())
        {
            if (IsCjk(rune))
            {
                characters++;
                inWord = false;
            }
            else if (System.Text.Rune.IsLetterOrDigit(rune))
            {
                if (!inWord)
                {
                    words++;
                }

                inWord = true;
            }
            else
            {
                inWord = false;
            }
        }

        var minutes = ((double)words / WordsPerMinute) + ((double)characters / CharactersPerMinute);
        return Math.Max(1, (int)Math.Ceiling(minutes));
    }

    private static bool IsCjk(System.Text.Rune rune) => rune.Value is (>= 0x3400 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);
}
