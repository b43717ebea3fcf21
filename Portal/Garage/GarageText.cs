namespace Portal.Garage;

/// <summary>Marker for the garage's strings (GarageText.resx, GarageText.zh-CN.resx).</summary>
public sealed class GarageText;
