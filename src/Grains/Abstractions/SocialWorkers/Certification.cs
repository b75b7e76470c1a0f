using System.Text.RegularExpressions;
using Incubator.Common;

namespace Incubator.SocialWorkers;

/// <summary>A social worker's 社会工作者职业水平证书: its level, its number (unique across social workers) and the day it was obtained.</summary>
[GenerateSerializer, Immutable, Alias("Incubator.Certification")]
public sealed partial record class Certification(CertificationLevel Level, string CertificateNumber, DateOnly CertifiedOn)
{
    /// <summary>Letters, digits and hyphens; compared without case or surrounding spaces.</summary>
    public const string CertificateNumberPattern = @"^[A-Za-z0-9][A-Za-z0-9-]{4,30}[A-Za-z0-9]$";

    public const int MaxCertificateNumberLength = 32;

    /// <summary>The number as it is stored and compared: trimmed, upper case.</summary>
    public static string Normalize(string number) => number.Trim().ToUpperInvariant();

    public IReadOnlyList<FieldError> Validate(DateOnly today)
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(Level))
        {
            errors.Add(FieldError.UnknownValue("certificationLevel"));
        }

        if (string.IsNullOrWhiteSpace(CertificateNumber))
        {
            errors.Add(FieldError.Required("certificateNumber"));
        }
        else if (!NumberShape().IsMatch(CertificateNumber.Trim()))
        {
            errors.Add(new("certificateNumber", ErrorCodes.SocialWorkerCertificateNumber));
        }

        if (CertifiedOn > today)
        {
            errors.Add(new("certifiedOn", ErrorCodes.SocialWorkerCertifiedInFuture, [ErrorArg.Date("today", today)]));
        }

        return errors;
    }

    public Certification Normalized() => this with { CertificateNumber = Normalize(CertificateNumber) };

    [GeneratedRegex(CertificateNumberPattern)]
    private static partial Regex NumberShape();
}
