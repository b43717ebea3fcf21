namespace Portal.Console.Audit;

/// <summary>Marker for the audit log's strings (AuditText.resx, AuditText.zh-CN.resx): its sentences, page and filters.</summary>
public sealed class AuditText;
