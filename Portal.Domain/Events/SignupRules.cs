using Microsoft.EntityFrameworkCore;
using Portal.Domain.Data;

namespace Portal.Domain.Events;

/// <summary>The checks a sign-up must pass before it takes the lock: the event, its window, guests, eligibility, answers.</summary>
internal static class SignupRules
{
    public static async Task<List<Problem>> CheckAsync(PortalDbContext db, OwnerEvent ev, string memberId, SignupRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        var status = CheckStatusAndWindow(ev, now);
        if (status is not null)
        {
            problems.Add(status);
            return problems;
        }

        if (request.Guests < 0 || request.Guests > ev.MaxGuests)
        {
            problems.Add(new Problem(EventProblems.TooManyGuests, "Guests", ev.MaxGuests));
        }

        if (await CheckEligibilityAsync(db, ev, memberId, cancellationToken) is { } eligibility)
        {
            problems.Add(eligibility);
        }

        problems.AddRange(CheckAnswers(ev, request.Answers ?? new Dictionary<int, string>()));
        return problems;
    }

    public static Problem? CheckStatusAndWindow(OwnerEvent ev, DateTimeOffset now) => ev.Status switch
    {
        EventStatus.Draft => new Problem(EventProblems.NotPublished),
        EventStatus.Cancelled => new Problem(EventProblems.Cancelled),
        _ when ev.SignupOpensAt is { } opens && now < opens => new Problem(EventProblems.NotOpenYet, null, opens),
        _ when now >= ev.SignupClosesOrStart => new Problem(EventProblems.Closed),
        _ => null,
    };

    public static async Task<Problem?> CheckEligibilityAsync(PortalDbContext db, OwnerEvent ev, string memberId, CancellationToken cancellationToken)
    {
        switch (ev.Eligibility)
        {
            case EventEligibility.ModelOwners:
                var models = ev.EligibleModels.Select(m => m.ModelId).ToList();
                return await db.Vehicles.AnyAsync(v => v.OwnerId == memberId && models.Contains(v.ModelId), cancellationToken)
                    ? null
                    : new Problem(EventProblems.NotEligibleModel);
            case EventEligibility.VerifiedOwners:
                return await db.Vehicles.AnyAsync(v => v.OwnerId == memberId && v.VerifiedAt != null, cancellationToken)
                    ? null
                    : new Problem(EventProblems.NotEligibleVerified);
            default:
                return null;
        }
    }

    private static IEnumerable<Problem> CheckAnswers(OwnerEvent ev, IReadOnlyDictionary<int, string> answers)
    {
        foreach (var question in ev.Questions)
        {
            var field = $"Answer.{question.Id}";
            var answer = answers.GetValueOrDefault(question.Id)?.Trim() ?? "";
            if (answer.Length == 0)
            {
                if (question.Required)
                {
                    yield return new Problem(EventProblems.AnswerRequired, field);
                }

                continue;
            }

            var valid = question.Kind switch
            {
                EventQuestionKind.Choice => question.ChoiceList().Contains(answer, StringComparer.Ordinal),
                EventQuestionKind.YesNo => answer is EventAnswers.Yes or EventAnswers.No,
                _ => true,
            };
            if (!valid)
            {
                yield return new Problem(EventProblems.AnswerInvalid, field);
            }
            else if (answer.Length > EventQuestion.AnswerMaxLength)
            {
                yield return new Problem(EventProblems.AnswerTooLong, field, EventQuestion.AnswerMaxLength);
            }
        }
    }
}
