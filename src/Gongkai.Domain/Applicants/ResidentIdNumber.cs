using System.Globalization;

namespace Gongkai.Domain.Applicants;

/// <summary>
/// A citizen identity number (公民身份号码) under GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit
/// sequence (odd for men) and a check character from ISO 7064 MOD 11-2 (0–9 or X). Personal data:
/// <see cref="ToString"/> and every message show it masked only.
/// </summary>
public sealed class ResidentIdNumber : IEquatable<ResidentIdNumber>
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        Value = value;
        BirthDate = birthDate;
    }

    /// <summary>The 18 characters, check character in upper case. Personal data: do not log.</summary>
    public string Value { get; }

    /// <summary>The birth date encoded in characters 7–14.</summary>
    public DateOnly BirthDate { get; }

    /// <summary>The 6-digit address code (行政区划代码) of first registration.</summary>
    public string AddressCode => Value[..6];

    /// <summary>The number with its middle hidden: "1101************2X".</summary>
    public string Masked => IdentityMask.Mask(Value);

    /// <summary>
    /// Validates <paramref name="text"/>: 18 characters, digits with a final digit or X, a real birth date, and the
    /// GB 11643 check character. Refusals are in Chinese and never repeat the number.
    /// </summary>
    public static Result<ResidentIdNumber> Parse(string? text)
    {
        var value = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length != 18)
        {
            return Result.Refused<ResidentIdNumber>($"居民身份证号码应为 18 位，输入的是 {value.Length} 位。");
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return Result.Refused<ResidentIdNumber>($"居民身份证号码前 17 位应为数字，第 {i + 1} 位不是数字。");
            }
        }

        if (!char.IsAsciiDigit(value[17]) && value[17] != 'X')
        {
            return Result.Refused<ResidentIdNumber>("居民身份证号码第 18 位（校验码）应为数字或 X。");
        }

        if (value[0] == '0')
        {
            return Result.Refused<ResidentIdNumber>("居民身份证号码的地址码（前 6 位）无效。");
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            return Result.Refused<ResidentIdNumber>("居民身份证号码中的出生日期（第 7–14 位）不是有效日期。");
        }

        return value[17] == CheckCharacter(value)
            ? Result.Success(new ResidentIdNumber(value, birth))
            : Result.Refused<ResidentIdNumber>("居民身份证号码校验码不正确（GB 11643），请核对号码是否抄错。");
    }

    /// <summary>The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    /// <inheritdoc />
    public bool Equals(ResidentIdNumber? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResidentIdNumber);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The masked number; never the number in full.</summary>
    public override string ToString() => Masked;
}
