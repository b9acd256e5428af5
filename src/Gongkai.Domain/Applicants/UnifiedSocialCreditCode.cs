namespace Gongkai.Domain.Applicants;

/// <summary>
/// A unified social credit code (统一社会信用代码) under GB 32100-2015: 18 characters from the 31-character alphabet
/// 0–9 and A–Y without I, O, Z, S and V; registration authority (1), organisation type (1), administrative division
/// (6 digits), organisation code (9) and a MOD 31 check character. <see cref="ToString"/> masks it.
/// </summary>
public sealed class UnifiedSocialCreditCode : IEquatable<UnifiedSocialCreditCode>
{
    /// <summary>The GB 32100 alphabet: digits and capital letters except I, O, Z, S, V.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value)
    {
        Value = value;
    }

    /// <summary>The 18 characters in upper case.</summary>
    public string Value { get; }

    /// <summary>The 6-digit administrative division code (characters 3–8).</summary>
    public string AdministrativeDivision => Value.Substring(2, 6);

    /// <summary>The code with its middle hidden.</summary>
    public string Masked => IdentityMask.Mask(Value);

    /// <summary>
    /// Validates <paramref name="text"/>: 18 characters of the GB 32100 alphabet, digits in the division code, and the
    /// check character. Refusals are in Chinese and never repeat the code.
    /// </summary>
    public static Result<UnifiedSocialCreditCode> Parse(string? text)
    {
        var value = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length != 18)
        {
            return Result.Refused<UnifiedSocialCreditCode>($"统一社会信用代码应为 18 位，输入的是 {value.Length} 位。");
        }

        for (var i = 0; i < 18; i++)
        {
            if (!Alphabet.Contains(value[i], StringComparison.Ordinal))
            {
                return Result.Refused<UnifiedSocialCreditCode>(
                    $"统一社会信用代码第 {i + 1} 位含有不允许的字符（代码只用数字和除 I、O、Z、S、V 以外的大写字母）。");
            }
        }

        for (var i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                return Result.Refused<UnifiedSocialCreditCode>("统一社会信用代码第 3–8 位（登记管理机关行政区划码）应为数字。");
            }
        }

        return value[17] == CheckCharacter(value)
            ? Result.Success(new UnifiedSocialCreditCode(value))
            : Result.Refused<UnifiedSocialCreditCode>("统一社会信用代码校验码不正确（GB 32100），请核对代码是否抄错。");
    }

    /// <summary>The GB 32100 check character of the first 17 characters (31 − Σ(value × weight) mod 31).</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <inheritdoc />
    public bool Equals(UnifiedSocialCreditCode? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as UnifiedSocialCreditCode);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The masked code; never the code in full.</summary>
    public override string ToString() => Masked;
}
