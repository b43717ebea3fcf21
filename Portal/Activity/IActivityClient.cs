namespace Portal.Activity;

/// <summary>What <see cref="ActivityHub"/> calls on its clients: one method, <c>activity</c>, with an <see cref="ActivityMessage"/>.</summary>
public interface IActivityClient
{
    Task Activity(ActivityMessage message);
}
