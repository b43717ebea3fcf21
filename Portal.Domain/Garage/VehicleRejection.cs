using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Portal.Domain.Garage;

/// <summary>An operator's refusal to verify a car, as its owner and the operators see it.</summary>
public sealed record VehicleRejection(RejectionReason Reason, string? Note, DateTimeOffset At)
{
    public const int NoteMaxLength = 500;

    /// <summary>The reason as a sentence, followed by the operator's note when there is one.</summary>
    public string Describe(IStringLocalizer<RejectionText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentence = text[$"Reason.{Reason}"].Value;
        return string.IsNullOrWhiteSpace(Note) ? sentence : text["WithNote", sentence, Note].Value;
    }

    /// <summary>The same in <paramref name="culture"/>: the owner's language, for what is written to them.</summary>
    public string DescribeIn(IStringLocalizer<RejectionText> text, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return Describe(text);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
