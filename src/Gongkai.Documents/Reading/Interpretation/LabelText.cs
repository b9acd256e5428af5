namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// Normalisation of label text for matching only (the report keeps the text as written): full-width
/// forms folded, Traditional characters simplified, and everything that is not a letter or digit
/// (spaces, &amp;nbsp;, line breaks, punctuation, quotes, brackets) dropped.
/// </summary>
internal static class LabelText
{
    /// <summary>"（三）不予公开\n1．屬於國家秘密" → "三不予公开1属于国家秘密".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // Runs once per label cell of every report read: no StringBuilder, and no culture-aware
        // lower-casing for the CJK characters labels mostly are (their lower case is themselves).
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var result = buffer[..NormalizeInto(text, buffer)];
        return result.SequenceEqual(text) ? text : new string(result);
    }

    /// <summary>
    /// Writes the normalised form of <paramref name="text"/> into <paramref name="buffer"/>, which must
    /// be at least as long as the text (normalising never lengthens it); returns its length.
    /// </summary>
    public static int NormalizeInto(string text, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            if (c == '資' && i + 1 < text.Length && text[i + 1] == '訊')
            {
                // Taiwan usage: 資訊 is 信息.
                buffer[length++] = '信';
                buffer[length++] = '息';
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = TraditionalChinese.ToSimplified(Lower(c));
            }
        }

        return length;
    }

    /// <summary>
    /// A normalised row label without its leading enumerator: "三不予公开" → "不予公开",
    /// "1属于国家秘密" → "属于国家秘密", "三本年度办理结果" → "本年度办理结果".
    /// </summary>
    public static string Core(string normalized)
    {
        var i = 0;
        while (i < normalized.Length && i < 3 && IsEnumerator(normalized[i]))
        {
            i++;
        }

        return i > 0 && i < normalized.Length ? normalized[i..] : normalized;
    }

    /// <summary>Full-width ASCII forms, ideographic space and no-break spaces folded to ASCII.</summary>
    public static char Fold(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200B' or '\uFEFF' => ' ',
        '\u2212' or '\u2013' or '\u2014' or '\uFE63' => c == '\u2014' ? c : '-',
        '\u3002' => '.',
        _ => c,
    };

    /// <summary>
    /// <see cref="char.ToLowerInvariant(char)"/> without the culture data for the ranges where it is the
    /// identity (CJK punctuation, kana, ideographs, Yi: U+3000–U+A63F) and for ASCII.
    /// </summary>
    private static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        < '\u0080' or (>= '\u3000' and < '\uA640') => c,
        _ => char.ToLowerInvariant(c),
    };

    private static bool IsEnumerator(char c) => c is (>= '0' and <= '9') or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';
}
