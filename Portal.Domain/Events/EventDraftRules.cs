using Portal.Domain.Garage;

namespace Portal.Domain.Events;

/// <summary>Field checks of an <see cref="EventDraft"/>; each problem names the form field it belongs to.</summary>
internal static class EventDraftRules
{
    public static List<Problem> Check(EventDraft draft, bool creating)
    {
        var problems = new List<Problem>();
        var title = draft.Title.Trim();
        if (title.Length is < OwnerEvent.TitleMinLength or > OwnerEvent.TitleMaxLength)
        {
            problems.Add(new Problem(EventProblems.TitleLength, nameof(EventDraft.Title), OwnerEvent.TitleMinLength, OwnerEvent.TitleMaxLength));
        }

        if (draft.Description.Length > OwnerEvent.DescriptionMaxLength)
        {
            problems.Add(new Problem(EventProblems.DescriptionTooLong, nameof(EventDraft.Description), OwnerEvent.DescriptionMaxLength));
        }

        if (string.IsNullOrWhiteSpace(draft.City))
        {
            problems.Add(new Problem(EventProblems.CityRequired, nameof(EventDraft.City)));
        }

        CheckLength(problems, draft.City, OwnerEvent.CityMaxLength, nameof(EventDraft.City));
        CheckLength(problems, draft.Venue, OwnerEvent.VenueMaxLength, nameof(EventDraft.Venue));
        CheckLength(problems, draft.Address, OwnerEvent.AddressMaxLength, nameof(EventDraft.Address));
        CheckUrl(problems, draft.MapUrl, nameof(EventDraft.MapUrl));
        CheckUrl(problems, draft.OnlineUrl, nameof(EventDraft.OnlineUrl));
        if (string.IsNullOrWhiteSpace(draft.Venue) && string.IsNullOrWhiteSpace(draft.Address) && string.IsNullOrWhiteSpace(draft.OnlineUrl))
        {
            problems.Add(new Problem(EventProblems.PlaceRequired, nameof(EventDraft.Venue)));
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(draft.TimeZoneId, out _))
        {
            problems.Add(new Problem(EventProblems.TimeZoneUnknown, nameof(EventDraft.TimeZoneId)));
        }

        if (draft.EndsLocal <= draft.StartsLocal)
        {
            problems.Add(new Problem(EventProblems.EndBeforeStart, nameof(EventDraft.EndsLocal)));
        }

        if (draft.Capacity is < 1 or > OwnerEvent.MaxCapacity)
        {
            problems.Add(new Problem(EventProblems.CapacityRange, nameof(EventDraft.Capacity), 1, OwnerEvent.MaxCapacity));
        }

        if (draft.MaxGuests is < 0 or > OwnerEvent.GuestLimit)
        {
            problems.Add(new Problem(EventProblems.GuestLimitRange, nameof(EventDraft.MaxGuests), OwnerEvent.GuestLimit));
        }

        if (draft.SignupOpensLocal is { } opens && (opens >= draft.StartsLocal || (draft.SignupClosesLocal is { } c && opens >= c)))
        {
            problems.Add(new Problem(EventProblems.WindowInvalid, nameof(EventDraft.SignupOpensLocal)));
        }

        if (draft.SignupClosesLocal is { } closes && closes > draft.StartsLocal)
        {
            problems.Add(new Problem(EventProblems.WindowInvalid, nameof(EventDraft.SignupClosesLocal)));
        }

        if (draft.Eligibility == EventEligibility.ModelOwners
            && (draft.EligibleModelIds.Count == 0 || draft.EligibleModelIds.Any(id => ModelCatalog.Models.All(m => m.Id != id))))
        {
            problems.Add(new Problem(EventProblems.ModelsRequired, nameof(EventDraft.EligibleModelIds)));
        }

        CheckQuestions(problems, draft.Questions);
        if (creating && draft.Repeat != EventRepeat.None && draft.Occurrences is < 2 or > EventDraft.MaxOccurrences)
        {
            problems.Add(new Problem(EventProblems.OccurrencesRange, nameof(EventDraft.Occurrences), 2, EventDraft.MaxOccurrences));
        }

        return problems;
    }

    private static void CheckQuestions(List<Problem> problems, List<EventQuestionDraft> questions)
    {
        if (questions.Count > OwnerEvent.MaxQuestions)
        {
            problems.Add(new Problem(EventProblems.TooManyQuestions, nameof(EventDraft.Questions), OwnerEvent.MaxQuestions));
            return;
        }

        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            if (string.IsNullOrWhiteSpace(q.Prompt) || q.Prompt.Trim().Length > EventQuestion.PromptMaxLength)
            {
                problems.Add(new Problem(EventProblems.QuestionPrompt, $"Question.{i}", EventQuestion.PromptMaxLength));
            }

            var choices = (q.Choices ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (q.Kind == EventQuestionKind.Choice && (choices.Length < 2 || (q.Choices ?? "").Length > EventQuestion.ChoicesMaxLength))
            {
                problems.Add(new Problem(EventProblems.QuestionChoices, $"Question.{i}", EventQuestion.ChoicesMaxLength));
            }
        }
    }

    private static void CheckLength(List<Problem> problems, string? text, int max, string field)
    {
        if (text?.Trim().Length > max)
        {
            problems.Add(new Problem(EventProblems.TextTooLong, field, max));
        }
    }

    private static void CheckUrl(List<Problem> problems, string? url, string field)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        if (url.Trim().Length > OwnerEvent.UrlMaxLength
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            problems.Add(new Problem(EventProblems.UrlInvalid, field));
        }
    }
}
