namespace Portal.Shell;

/// <summary>Marker for the shell's strings (ShellText.resx, ShellText.zh-CN.resx).</summary>
public sealed class ShellText;
