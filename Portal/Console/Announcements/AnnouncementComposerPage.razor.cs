using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.Accounts;
using Portal.Domain;
using Portal.Domain.Accounts;
using Portal.Domain.Announcements;
using Portal.Domain.Segments;
using Portal.Shell;

namespace Portal.Console.Announcements;

/// <summary>
/// The composer: pick a saved segment, write the message in English and Chinese with a live preview, see the reach, then
/// save a draft, send now or schedule. Every action saves first; sending runs the sender at once so the bells ring now.
/// </summary>
public sealed partial class AnnouncementComposerPage
{
    private readonly List<BreadcrumbItem> breadcrumbs = [];
    private AnnouncementForm form = new();
    private IReadOnlyList<Segment>? segments;
    private Result? failure;
    private DateTime? scheduleAt;
    private bool busy;
    private bool tooFew = true;
    private bool notEditable;

    [Parameter]
    public int? Id { get; set; }

    [Inject]
    private AnnouncementService Announcements { get; set; } = default!;

    [Inject]
    private AnnouncementSender Sender { get; set; } = default!;

    [Inject]
    private SegmentService Segments { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AnnouncementText> L { get; set; } = default!;

    [Inject]
    private IStringLocalizer<ConsoleText> C { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [CascadingParameter]
    private ViewerPreferences Preferences { get; set; } = default!;

    private string Heading => Id is null ? L["Composer.NewTitle"] : L["Composer.EditTitle"];

    private DateTimeOffset? ScheduleInstant => scheduleAt is { } local ? TimeZones.ToInstant(local, Preferences.TimeZoneId) : null;

    private string? General => failure is null ? null : L.General(failure.Problems);

    protected override async Task OnParametersSetAsync()
    {
        breadcrumbs.Clear();
        breadcrumbs.Add(new BreadcrumbItem(C["Console.Title"], ConsoleUrls.Index));
        breadcrumbs.Add(new BreadcrumbItem(L["List.Title"], AnnouncementUrls.Index));
        breadcrumbs.Add(new BreadcrumbItem(Heading, null));
        if (Id is { } id && await Announcements.GetAsync(id) is { } saved)
        {
            form = AnnouncementForm.From(saved);
            notEditable = saved.Status is not (AnnouncementStatus.Draft or AnnouncementStatus.Scheduled);
            var zone = TimeZones.Find(Preferences.TimeZoneId);
            scheduleAt = saved.ScheduledAt is { } at ? TimeZoneInfo.ConvertTime(at, zone).DateTime : null;
        }

        segments = await Segments.ListAsync(CancellationToken.None);
    }

    private string? Problem(string field) => failure?.For(field) is { } problem ? L.Describe(problem) : null;

    private async Task SaveDraftAsync()
    {
        var wasNew = Id is null;
        if (await SaveAsync() is { } id && wasNew)
        {
            Navigation.NavigateTo(AnnouncementUrls.Edit(id));
        }
    }

    private Task SendNowAsync() => ScheduleAndGoAsync(null);

    private Task ScheduleAsync() => ScheduleAndGoAsync(ScheduleInstant);

    private async Task ScheduleAndGoAsync(DateTimeOffset? at)
    {
        if (await SaveAsync() is not { } id)
        {
            return;
        }

        busy = true;
        var operatorId = (await AuthenticationState).User.UserId();
        var scheduled = await Announcements.ScheduleAsync(id, at, operatorId);
        if (scheduled.Succeeded && at is null)
        {
            await Sender.SendDueAsync();
        }

        busy = false;
        failure = scheduled.Succeeded ? null : scheduled;
        Navigation.NavigateTo(scheduled.Succeeded ? AnnouncementUrls.Announcement(id) : AnnouncementUrls.Edit(id));
    }

    /// <summary>Creates or updates the announcement; its id, or null with the problems shown.</summary>
    private async Task<int?> SaveAsync()
    {
        busy = true;
        var operatorId = (await AuthenticationState).User.UserId();
        var saved = Id is { } id ? await Announcements.UpdateAsync(id, form.ToInput()) : await Announcements.CreateAsync(form.ToInput(), operatorId);
        busy = false;
        failure = saved.Succeeded ? null : saved;
        Id ??= saved.Value?.Id;
        return saved.Value?.Id;
    }
}
