using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading.Fixtures;

/// <summary>How table rows are written in a text report.</summary>
public enum RowStyle
{
    /// <summary>The seed's shape: one cell per tab-indented line, rows separated by blank lines.</summary>
    CellPerLine,

    /// <summary>A row on one line, cells separated by tabs.</summary>
    TabsOnOneLine,

    /// <summary>A row on one line, cells separated by runs of spaces.</summary>
    SpacesOnOneLine,
}

/// <summary>
/// The knobs of the test renderers: the ways real reports differ from the form (layout, typography,
/// encodings, mistakes). Every knob is something seen in reports published by government sites.
/// </summary>
public sealed record RenderLayout
{
    /// <summary>The format table 二 is laid out in (null: the report's).</summary>
    public ReportFormat? ProactiveFormat { get; init; }

    /// <summary>The format table 三 is laid out in (null: the report's).</summary>
    public ReportFormat? RequestsFormat { get; init; }

    public RowStyle Rows { get; init; } = RowStyle.CellPerLine;

    /// <summary>Headers such as 本年新制作数量 split over two lines, as Word's text export does.</summary>
    public bool SplitHeaders { get; init; } = true;

    /// <summary>Spaces and no-break spaces around values.</summary>
    public bool StraySpaces { get; init; }

    /// <summary>Digits written full-width: １２.</summary>
    public bool FullWidthDigits { get; init; }

    /// <summary>Title on one line instead of agency and title on two.</summary>
    public bool TitleOnOneLine { get; init; }

    /// <summary>[bookmark: _GoBack] markers left in cells.</summary>
    public bool Bookmarks { get; init; }

    /// <summary>A table left out entirely (its section heading stays).</summary>
    public string? OmitTable { get; init; }

    /// <summary>Section markers as written, e.g. the seed's "1、" … "5、".</summary>
    public IReadOnlyList<string> Markers { get; init; } = ["一、", "二、", "三、", "四、", "五、", "六、"];

    /// <summary>Labels written differently: typos, truncated headers ("本年新制作数量" → "本年新").</summary>
    public IReadOnlyDictionary<string, string> Relabel { get; init; } = new Dictionary<string, string>();

    /// <summary>The format a table is laid out in.</summary>
    public ReportFormatDefinition FormatOf(AnnualReport report, string table) => ReportFormats.Get(table switch
    {
        TableKeys.Proactive => ProactiveFormat ?? report.Format,
        TableKeys.Requests => RequestsFormat ?? report.Format,
        _ => report.Format,
    });

    public string Label(string label) => Relabel.TryGetValue(label, out var written) ? written : label;

    /// <summary>A value as written: raw text when the report has it, the number, or nothing for a blank.</summary>
    public string Value(CellValue value, int salt)
    {
        var text = value.Raw is { Length: > 0 } raw ? raw : value.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        if (FullWidthDigits)
        {
            text = new string([.. text.Select(c => c is >= '0' and <= '9' ? (char)(c + 0xFEE0) : c)]);
        }

        if (StraySpaces && text.Length > 0)
        {
            text = (salt % 3) switch
            {
                0 => "\u00A0" + text,
                1 => text + "\u00A0",
                _ => " " + text + " ",
            };
        }

        return text;
    }
}

/// <summary>How a rendered text is turned into bytes, and damaged.</summary>
public static class RenderBytes
{
    static RenderBytes() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static byte[] Encode(string text, string encoding, bool crlf = false)
    {
        if (crlf)
        {
            text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
        }

        return encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
            "utf-16" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
            "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            "gbk" => Encoding.GetEncoding("GBK").GetBytes(text),
            "big5" => Encoding.GetEncoding("big5").GetBytes(text),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
        };
    }

    /// <summary>The first <paramref name="fraction"/> of a text, cut mid-line as a half-saved file is.</summary>
    public static string Truncate(string text, double fraction) => text[..(int)(text.Length * fraction)];
}
