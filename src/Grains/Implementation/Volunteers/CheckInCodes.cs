using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Incubator.Volunteers;

/// <summary>
/// The rotating check-in code: six digits from an HMAC-SHA256 over the activity id and the index of the 30-second window,
/// keyed with the activity's server-held secret (as TOTP, RFC 6238, truncates). A code of one activity says nothing
/// about another's, and a window's code is accepted in that window and the next only (a phone may lag a few seconds).
/// </summary>
public static class CheckInCodes
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    public const int Digits = 6;

    public static long WindowOf(DateTimeOffset at) => at.ToUnixTimeSeconds() / (long)Window.TotalSeconds;

    public static DateTimeOffset WindowEnd(long window) => DateTimeOffset.FromUnixTimeSeconds((window + 1) * (long)Window.TotalSeconds);

    public static string Derive(byte[] secret, Guid activityId, long window)
    {
        Span<byte> message = stackalloc byte[24];
        activityId.TryWriteBytes(message[..16]);
        BinaryPrimitives.WriteInt64BigEndian(message[16..], window);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(secret, message, mac);
        var offset = mac[^1] & 0x0F;
        var number = BinaryPrimitives.ReadInt32BigEndian(mac.Slice(offset, 4)) & 0x7FFFFFFF;
        return (number % 1_000_000).ToString("D6");
    }

    /// <summary>The code is the current window's or the previous one's; compared in constant time.</summary>
    public static bool Accepts(byte[] secret, Guid activityId, DateTimeOffset now, string? code)
    {
        var given = (code ?? "").Trim();
        if (given.Length != Digits)
        {
            return false;
        }

        var window = WindowOf(now);
        var accepted = false;
        foreach (var candidate in new[] { window, window - 1 })
        {
            accepted |= CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(Derive(secret, activityId, candidate)), System.Text.Encoding.ASCII.GetBytes(given));
        }

        return accepted;
    }
}
