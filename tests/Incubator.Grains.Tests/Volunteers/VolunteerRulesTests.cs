using Incubator.Volunteers;

namespace Incubator.Grains.Tests;

/// <summary>The rules apart from the grains: codes, hours and verification codes.</summary>
public sealed class VolunteerRulesTests
{
    private static readonly byte[] Secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

    private static readonly DateTimeOffset Noon = new(2026, 12, 2, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ACodeIsAcceptedInItsWindowAndTheNextOnly()
    {
        var activity = Guid.NewGuid();
        var code = CheckInCodes.Derive(Secret, activity, CheckInCodes.WindowOf(Noon));

        Assert.Matches("^[0-9]{6}$", code);
        Assert.True(CheckInCodes.Accepts(Secret, activity, Noon, code));
        Assert.True(CheckInCodes.Accepts(Secret, activity, Noon.AddSeconds(59), code));
        Assert.False(CheckInCodes.Accepts(Secret, activity, Noon.AddSeconds(60), code));
        Assert.False(CheckInCodes.Accepts(Secret, activity, Noon.AddSeconds(-1), code));
    }

    [Fact]
    public void AnotherActivityOrAnotherSecretGivesOtherCodes()
    {
        var activity = Guid.NewGuid();
        var windows = Enumerable.Range(0, 20).Select(i => CheckInCodes.WindowOf(Noon) + i).ToArray();
        var codes = windows.Select(w => CheckInCodes.Derive(Secret, activity, w)).ToArray();

        Assert.NotEqual(codes, windows.Select(w => CheckInCodes.Derive(Secret, Guid.NewGuid(), w)));
        Assert.NotEqual(codes, windows.Select(w => CheckInCodes.Derive(new byte[32], activity, w)));
        Assert.True(codes.Distinct().Count() > 15, "codes should change from window to window");
    }

    [Theory]
    [InlineData(0, 180, 3.0)]     // on time
    [InlineData(-30, 200, 3.0)]   // early and late add nothing
    [InlineData(3, 180, 2.9)]     // 2 h 57 min rounds down to a tenth
    [InlineData(10, 187, 2.8)]    // late leaving is capped: 2 h 50 min
    [InlineData(200, 210, 0.0)]   // after the end
    public void HoursCountOnlyInsideTheActivitysSpan(int checkInMinutes, int checkOutMinutes, double hours)
    {
        var starts = Noon;
        Assert.Equal((decimal)hours, ServiceHours.Between(starts.AddMinutes(checkInMinutes), starts.AddMinutes(checkOutMinutes), starts, starts.AddHours(3)));
    }

    [Fact]
    public void AVerificationCodeWithAChangedOrSwappedSymbolIsRefused()
    {
        var code = CertificateCodes.New();
        Assert.Equal(code, CertificateCodes.Normalize(code.ToLowerInvariant()));
        Assert.Equal(code, CertificateCodes.Normalize($"{code[..6]}-{code[6..]}"));

        var changed = code[..5] + (code[5] == 'A' ? 'B' : 'A') + code[6..];
        var swapped = code[..3] + code[4] + code[3] + code[5..];
        Assert.Null(CertificateCodes.Normalize(changed));
        Assert.True(code[3] == code[4] || CertificateCodes.Normalize(swapped) is null);
        Assert.Null(CertificateCodes.Normalize(code[..^1]));
        Assert.Null(CertificateCodes.Normalize("XX" + code[2..]));
    }
}
