using Microsoft.EntityFrameworkCore;
using Portal.Domain.Accounts;
using Portal.Domain.Content;
using Portal.Domain.Events;
using Portal.Domain.Forums;

namespace Portal.Domain.Seeding;

/// <summary>
/// About 25 demo events in several cities: past ones with attendance, upcoming ones filling up, one full with a
/// waitlist, some only for one model's owners or verified owners, a weekly series on the weekday its title names, and a
/// draft in the studio. About one attendee in seven hides their name. Every published event has its discussion thread,
/// and past ones have attendees' replies in it.
/// </summary>
internal sealed class EventsSeedStep(MarkdownRenderer markdown) : IDemoSeedStep
{
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public int Order => 200;

    private static readonly string[] DietaryAnswers = ["", "", "", "Vegetarian", "No nuts, please", "Halal", "None"];

    /// <summary>The share of demo attendees who hide their name from other members.</summary>
    private const double HiddenShare = 0.15;

    private readonly List<(OwnerEvent Event, EventsDemoContent.EventText Text)> published = [];

    // Its own source, so who hides their name never shifts what the shared one picks.
    private readonly Random hiding = new(DemoSeedContext.RandomSeed + 20);

    public async Task SeedAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var editor = context.Members[1];
        var series = Guid.Parse("5e1e5000-0000-4000-8000-000000002026").ToString("N");
        foreach (var text in EventsDemoContent.Events)
        {
            AddEvent(context, text, editor, null, EventStatus.Published);
        }

        for (var i = 0; i < EventsDemoContent.SeriesOccurrences; i++)
        {
            var text = EventsDemoContent.SeriesText with { DaysFromNow = EventsDemoContent.SeriesText.DaysFromNow + (7 * i), Fill = i == 0 ? 0.8 : 0.5 / (i + 1) };
            AddEvent(context, text, editor, series, EventStatus.Published);
        }

        AddEvent(context, new("Draft: spring road trip to Huangshan", "上海", "Aurelia 上海静安店", "静安区南京西路 1266 号", 70, 8, 30, 30, 0), editor, null, EventStatus.Draft);

        // Answers refer to the questions' ids, so the events are saved before the sign-ups are added.
        await context.Db.SaveChangesAsync(cancellationToken);
        foreach (var (ev, text) in published)
        {
            AddSignups(context, ev, text);
        }

        await context.Db.SaveChangesAsync(cancellationToken);
        await AddDiscussionsAsync(context, cancellationToken);
    }

    /// <summary>
    /// Opens each published event's discussion as publishing does (dated when it was published), then lets those who came to a
    /// past event talk about it; the events board keeps its latest activity.
    /// </summary>
    private async Task AddDiscussionsAsync(DemoSeedContext context, CancellationToken cancellationToken)
    {
        var replies = new DiscussionSeed(context, markdown, new Random(DemoSeedContext.RandomSeed + 21));
        foreach (var (ev, _) in published.OrderBy(p => p.Event.PublishedAt))
        {
            await EventDiscussions.OpenAsync(context.Db, ev, markdown, ev.PublishedAt!.Value, cancellationToken);
            if (ev.EndsAt < context.Now)
            {
                var chinese = ev.Title.Any(ForumSearchText.IsCjk);
                var came = context.Db.EventSignups.Local.Where(s => s.EventId == ev.Id && s.CheckedInAt != null && !s.HideName).Select(s => s.MemberId).ToList();
                await replies.AddRepliesAsync(ev.ThreadId!.Value, ev.EndsAt, chinese ? EventsDemoContent.RepliesZh : EventsDemoContent.Replies, came, cancellationToken);
            }
        }

        var board = await context.Db.Boards.Where(b => b.Slug == BoardCatalog.EventsTalk).Select(b => b.Id).SingleAsync(cancellationToken);
        var last = await context.Db.Threads.Where(t => t.BoardId == board).OrderByDescending(t => t.LastActivityAt).Select(t => new { t.Id, t.LastActivityAt }).FirstAsync(cancellationToken);
        await context.Db.Boards.Where(b => b.Id == board).ExecuteUpdateAsync(
            s => s.SetProperty(b => b.LastActivityAt, last.LastActivityAt).SetProperty(b => b.LastThreadId, last.Id), cancellationToken);
    }

    private void AddEvent(DemoSeedContext context, EventsDemoContent.EventText text, PortalUser editor, string? seriesKey, EventStatus status)
    {
        var zone = TimeZones.Find(text.Zone);
        var today = TimeZoneInfo.ConvertTime(context.Now, zone).Date;
        var day = today.AddDays(text.DaysFromNow);
        if (text.Weekday is { } weekday)
        {
            day = day.AddDays(((int)weekday - (int)day.DayOfWeek + 7) % 7);
        }

        var startLocal = day.AddHours(text.Hour);
        var starts = new DateTimeOffset(startLocal, zone.GetUtcOffset(startLocal)).ToUniversalTime();
        var description = EventsDemoContent.Description(text);
        var title = text.Title;
        var ev = new OwnerEvent
        {
            Title = title,
            Slug = OwnerEvent.SlugFor(title),
            Description = description,
            DescriptionHtml = markdown.Render(description).Html,
            StartsAt = starts,
            EndsAt = starts.AddHours(text.Hours),
            TimeZoneId = text.Zone,
            City = text.City,
            Venue = text.Online ? null : text.Venue,
            Address = text.Online ? null : text.Address,
            MapUrl = text.Online ? null : $"https://maps.example.com/?q={Uri.EscapeDataString(text.Address)}",
            OnlineUrl = text.Online ? "https://live.example.com/aurelia-ota" : null,
            Capacity = text.Capacity,
            SignupClosesAt = starts.AddHours(-2),
            WaitlistEnabled = true,
            MaxGuests = text.MaxGuests,
            Eligibility = text.Model is not null ? EventEligibility.ModelOwners : text.VerifiedOnly ? EventEligibility.VerifiedOwners : EventEligibility.Everyone,
            Status = status,
            SeriesKey = seriesKey,
            CreatedById = editor.Id,
            CreatedAt = Earlier(starts.AddDays(-30), context.Now.AddDays(-1)),
        };
        ev.PublishedAt = status == EventStatus.Published ? ev.CreatedAt : null;
        if (text.Model is { } model)
        {
            ev.EligibleModels.Add(new EventEligibleModel { ModelId = model });
        }

        ev.Questions.AddRange(EventsDemoContent.Questions(text));
        context.Db.Events.Add(ev);
        if (status == EventStatus.Published)
        {
            published.Add((ev, text));
        }
    }

    private void AddSignups(DemoSeedContext context, OwnerEvent ev, EventsDemoContent.EventText text)
    {
        var random = context.Random;
        var eligible = Eligible(context, text).OrderBy(_ => random.Next()).ToList();
        var past = ev.EndsAt < context.Now;
        var target = (int)Math.Round(ev.Capacity * text.Fill);
        var taken = 0;
        var waitlisted = 0;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var signupStart = Earlier(ev.CreatedAt, context.Now);
        var signupEnd = Earlier(ev.SignupClosesOrStart, context.Now);
        foreach (var member in eligible)
        {
            if (taken >= Math.Min(target, ev.Capacity) && (taken + waitlisted >= target || past))
            {
                break;
            }

            var guests = ev.MaxGuests == 0 ? 0 : random.Next(0, ev.MaxGuests + 1) * (random.NextDouble() < 0.4 ? 1 : 0);
            var fits = taken + 1 + guests <= ev.Capacity && waitlisted == 0;
            if (!fits && taken + 1 <= ev.Capacity && waitlisted == 0)
            {
                guests = 0;
                fits = true;
            }

            ev.SignupSequence++;
            var at = signupStart + ((signupEnd - signupStart) * (ev.SignupSequence / (double)(target + 2)));
            var signup = new EventSignup
            {
                Event = ev,
                MemberId = member.Id,
                Guests = guests,
                Status = fits ? SignupStatus.Confirmed : SignupStatus.Waitlisted,
                Sequence = ev.SignupSequence,
                Code = Code(random, codes),
                SignedUpAt = at,
                ConfirmedAt = fits ? at : null,
                CheckedInAt = fits && past && random.NextDouble() < 0.85 ? ev.StartsAt.AddMinutes(random.Next(-20, 30)) : null,
                ReminderSentAt = fits && ev.StartsAt - context.Now < EventReminders.Lead ? context.Now : null,
                HideName = hiding.NextDouble() < HiddenShare,
            };
            signup.Answers.AddRange(ev.Questions.Select(q => new EventAnswer { QuestionId = q.Id, Value = Answer(random, q) }).Where(a => a.Value.Length > 0));
            context.Db.EventSignups.Add(signup);
            if (fits)
            {
                taken += 1 + guests;
            }
            else
            {
                waitlisted++;
            }
        }
    }

    /// <summary>Members who may sign up; the demo owner stays free, so the README's walk-through starts from no sign-ups.</summary>
    private static IEnumerable<PortalUser> Eligible(DemoSeedContext context, EventsDemoContent.EventText text)
    {
        var vehicles = context.Db.Vehicles.Local;
        return context.Members.Skip(DemoAccounts.Count).Where(m =>
            (text.Model is null || vehicles.Any(v => v.OwnerId == m.Id && v.ModelId == text.Model))
            && (!text.VerifiedOnly || vehicles.Any(v => v.OwnerId == m.Id && v.VerifiedAt != null)));
    }

    private static string Answer(Random random, EventQuestion question) => question.Kind switch
    {
        EventQuestionKind.Choice => question.ChoiceList()[random.Next(question.ChoiceList().Count)],
        EventQuestionKind.YesNo => random.NextDouble() < 0.6 ? EventAnswers.Yes : EventAnswers.No,
        _ => DietaryAnswers[random.Next(DietaryAnswers.Length)],
    };

    private static string Code(Random random, HashSet<string> taken)
    {
        while (true)
        {
            var code = new string(Enumerable.Range(0, EventSignup.CodeLength).Select(_ => CodeAlphabet[random.Next(CodeAlphabet.Length)]).ToArray());
            if (taken.Add(code))
            {
                return code;
            }
        }
    }

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
