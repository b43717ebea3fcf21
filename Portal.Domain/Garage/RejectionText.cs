namespace Portal.Domain.Garage;

/// <summary>
/// Marker for the rejection reasons' words (RejectionText.resx, RejectionText.zh-CN.resx): the one wording the console's
/// reject dialog, the owner's garage, the owner's email and the audit log share (see <see cref="VehicleRejection.Describe(Microsoft.Extensions.Localization.IStringLocalizer{RejectionText})"/>).
/// </summary>
public sealed class RejectionText;
