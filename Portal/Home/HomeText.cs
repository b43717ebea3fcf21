namespace Portal.Home;

/// <summary>Marker for the home page's strings.</summary>
public sealed class HomeText;
