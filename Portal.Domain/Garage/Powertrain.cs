namespace Portal.Domain.Garage;

public enum Powertrain
{
    Electric,
    PlugInHybrid,
    Hybrid,
}
