namespace Portal.Domain.Forums;

/// <summary>What a member submits to start a thread.</summary>
public sealed class ThreadDraft
{
    public int BoardId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public List<string> Tags { get; set; } = [];
}
