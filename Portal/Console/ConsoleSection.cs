namespace Portal.Console;

/// <summary>One entry of the console's navigation: its address, the <c>ConsoleText</c> key of its name and its icon.</summary>
internal sealed record ConsoleSection(string Href, string TextKey, string Icon, bool ExactMatch = false);
