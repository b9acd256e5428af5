using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Application.PublicRequests;

/// <summary>Random tracking codes and secrets, their hashes and the constant-time check.</summary>
public static class TrackingSecret
{
    /// <summary>Digits and capitals without the look-alikes I, O, Z, S, V (as GB 32100 does).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>A new secret: 16 random bytes (128 bits) as 32 hex digits in groups of four.</summary>
    public static string NewSecret() => Group(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    public static string NewTrackingCode() => RandomNumberGenerator.GetString(Alphabet, 10);

    /// <summary>The secret without spaces, dashes or case, as typed from a printed receipt.</summary>
    public static string Normalize(string? text) =>
        new((text ?? "").Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.ASCII.GetBytes(Normalize(secret)));

    /// <summary>Whether <paramref name="secret"/> is a well-formed secret (32 hex digits).</summary>
    public static bool IsWellFormed(string? secret)
    {
        var normalized = Normalize(secret);
        return normalized.Length == 32 && normalized.All(char.IsAsciiHexDigit);
    }

    public static bool Matches(string secret, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(secret), storedHash);

    private static string Group(string hex) => string.Join('-', Enumerable.Range(0, hex.Length / 4).Select(i => hex.Substring(i * 4, 4)));
}
