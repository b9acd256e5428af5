namespace Gongkai.Domain.Applicants;

/// <summary>Masks identity numbers so that they never appear in full in messages or logs.</summary>
public static class IdentityMask
{
    /// <summary>
    /// Keeps the first 4 and the last 2 characters of numbers of 10 or more characters ("1101************1X"),
    /// and hides shorter ones completely.
    /// </summary>
    public static string Mask(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return string.Empty;
        }

        return number.Length < 10
            ? new string('*', number.Length)
            : string.Concat(number.AsSpan(0, 4), new string('*', number.Length - 6), number.AsSpan(number.Length - 2));
    }
}
