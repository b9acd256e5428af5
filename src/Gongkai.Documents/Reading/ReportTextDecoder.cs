using System.Buffers;
using System.Text;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Decodes the bytes of a text or HTML report: UTF-8 (with or without BOM), UTF-16 with BOM, or
/// GB18030/GBK (the strict UTF-8 decode fails → GB18030). Refuses binary content.
/// </summary>
internal static class ReportTextDecoder
{
    /// <summary>GB18030, a superset of GBK and GB2312 (the code-page provider registered first).</summary>
    public static Encoding Gb18030 { get; } = RegisterCodePages();

    private static Encoding StrictUtf8 { get; } = new UTF8Encoding(false, true);

    /// <summary>What text does not hold: NUL, control characters other than line breaks and tabs, U+FFFD.</summary>
    private static readonly SearchValues<char> NotText = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f' or '\v')), '\uFFFD']);

    /// <summary>The encoding a BOM names, and the BOM's length; null without a BOM.</summary>
    public static (Encoding Encoding, int Length)? FromBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (StrictUtf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(false, false, true), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(true, false, true), 2);
        }

        return null;
    }

    /// <summary>An encoding by its web name ("gbk", "gb2312", "big5", "utf-8"), strict; null when unknown.</summary>
    public static Encoding? ByName(string name)
    {
        var lower = name.Trim().Trim('"', '\'').ToLowerInvariant();
        if (lower is "gbk" or "gb2312" or "gb_2312-80" or "x-gbk" or "gb18030" or "cp936" or "euc-cn")
        {
            return Gb18030;
        }

        if (lower is "utf-8" or "utf8")
        {
            return StrictUtf8;
        }

        try
        {
            return GetStrict(lower);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// The text of <paramref name="bytes"/>: the BOM's encoding, else <paramref name="declared"/>,
    /// else UTF-8 when valid, else GB18030. Null when no candidate decodes it or it holds NUL bytes.
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, Encoding? declared = null)
    {
        if (FromBom(bytes) is { } bom)
        {
            return TryDecode(bom.Encoding, bytes[bom.Length..]);
        }

        if (bytes.Contains((byte)0))
        {
            return null;
        }

        return (declared is not null ? TryDecode(declared, bytes) : null)
            ?? TryDecode(StrictUtf8, bytes)
            ?? TryDecode(Gb18030, bytes);
    }

    /// <summary>Whether decoded text looks like text: few control characters.</summary>
    public static bool LooksLikeText(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var controls = 0;
        for (var rest = sample; rest.IndexOfAny(NotText) is var at and >= 0; rest = rest[(at + 1)..])
        {
            controls++;
        }

        return controls * 100 <= sample.Length;
    }

    private static string? TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Encoding RegisterCodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return GetStrict("GB18030");
    }

    private static Encoding GetStrict(string name) =>
        Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
