using System.Globalization;

namespace Gongkai.Domain.Letters;

/// <summary>
/// 发文字号 of a letter: 机关代字 + 文种代字 + 〔year in full〕 + sequence without leading zeros + 号 (GB/T 9704-2012
/// §7.2.4; letters.md §1.3). One sequence per agency, kind and year; numbers are never reused.
/// </summary>
public static class LetterNumber
{
    /// <summary>The 文种代字 of each kind, e.g. 公开答 for a reply.</summary>
    public static string KindCode(LetterKind kind) => kind switch
    {
        LetterKind.CorrectionNotice => "公开补",
        LetterKind.ExtensionNotice => "公开延",
        LetterKind.ThirdPartyConsultation => "公开征",
        LetterKind.FeeNotice => "公开费",
        LetterKind.Reply => "公开答",
    };

    /// <summary>The number, e.g. <c>新建路街道公开答〔2026〕3号</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The sequence is not positive.</exception>
    public static string Format(string agencyCode, LetterKind kind, int year, int sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        return string.Create(CultureInfo.InvariantCulture, $"{agencyCode}{KindCode(kind)}〔{year}〕{sequence}号");
    }

    /// <summary>The longest 机关代字 accepted (real ones are two to six characters, e.g. 新建办, 郑政办).</summary>
    public const int MaxAgencyCodeLength = 10;

    /// <summary>
    /// Why a 机关代字 cannot head a 发文字号, in words for the clerk; null when it can. Only Chinese
    /// characters: digits, brackets or 号 would make the number ambiguous (GB/T 9704-2012 §7.2.4).
    /// </summary>
    public static string? AgencyCodeProblem(string code)
    {
        if (code.Length > MaxAgencyCodeLength)
        {
            return $"机关代字不能超过{MaxAgencyCodeLength}个字。";
        }

        foreach (var c in code)
        {
            if (c is < '\u4e00' or > '\u9fff')
            {
                return $"机关代字只能由汉字组成（例如“新建办”），不能含有“{c}”。";
            }
        }

        return null;
    }

    /// <summary>The 机关代字 letters use: the configured one, or else <see cref="DefaultAgencyCode"/>.</summary>
    public static string AgencyCode(string? configured, string agencyName) =>
        string.IsNullOrWhiteSpace(configured) ? DefaultAgencyCode(agencyName) : configured.Trim();

    /// <summary>
    /// A default 机关代字 from the agency's name where none is configured: the name without the generic
    /// 人民政府/办事处 ending ("新郑市新建路街道办事处" → "新郑市新建路街道").
    /// </summary>
    public static string DefaultAgencyCode(string agencyName)
    {
        var name = agencyName.Trim();
        foreach (var ending in new[] { "人民政府办公室", "人民政府", "办事处" })
        {
            if (name.EndsWith(ending, StringComparison.Ordinal) && name.Length > ending.Length)
            {
                return name[..^ending.Length];
            }
        }

        return name;
    }
}
