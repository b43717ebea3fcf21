namespace Portal.Domain;

/// <summary>
/// One reason a use case was refused. <see cref="Code"/> is a stable key the UI localises
/// (for example <c>Garage.VinCheckDigit</c>); <see cref="Field"/> names the form field it belongs to.
/// </summary>
public sealed record Problem(string Code, string? Field = null, params object[] Args);
