using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.Domain;
using Portal.Domain.Events;

namespace Portal.Events;

/// <summary>Undoing a check-in, wherever staff see one (the door, the Studio's attendee list): asked first, naming the person.</summary>
internal static class CheckInUndo
{
    /// <summary>Null when the operator kept the check-in; else the result of undoing it.</summary>
    public static async Task<Result<CheckInMatch>?> ConfirmAsync(
        IDialogService dialogs, EventCheckIn checkIn, IStringLocalizer<EventText> text, string operatorId, int eventId, long signupId, string name)
    {
        if (await dialogs.ShowMessageBoxAsync(text["CheckIn.UndoTitle"], text["CheckIn.UndoText", name], yesText: text["CheckIn.Undo"], cancelText: text["Dialog.Keep"]) != true)
        {
            return null;
        }

        return await checkIn.UndoAsync(operatorId, eventId, signupId);
    }
}
