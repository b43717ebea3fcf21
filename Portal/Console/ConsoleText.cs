namespace Portal.Console;

/// <summary>Marker for the operators' console strings (ConsoleText.resx, ConsoleText.zh-CN.resx).</summary>
public sealed class ConsoleText;
