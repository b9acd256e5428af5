using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Gongkai.Documents.Reading.Html;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads an HTML page from a government site into a <see cref="SourceDocument"/>: charset from the BOM
/// or the meta tag (GBK pages are common), report tables with rowspan/colspan placed on a grid (spans
/// kept), layout tables (tables holding tables) read as page flow, &lt;br&gt; kept as line breaks in
/// cells, scripts, styles and navigation ignored.
/// </summary>
public static partial class HtmlReportSource
{
    /// <summary>Reads the bytes of an HTML page.</summary>
    /// <exception cref="UnreadableReportException">The bytes are not text in the declared or a usual encoding.</exception>
    public static SourceDocument Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = ReportTextDecoder.Decode(bytes, DeclaredCharset(bytes));
        if (text is null || !ReportTextDecoder.LooksLikeText(text))
        {
            throw new UnreadableReportException("不是可识别的年报文件（网页的字符编码无法识别，或内容为二进制）");
        }

        return ReadHtml(text);
    }

    /// <summary>Reads already decoded HTML.</summary>
    public static SourceDocument ReadHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        using var document = parser.ParseDocument(html);
        var walker = new HtmlFlowWalker();
        if (document.Body is { } body)
        {
            walker.Walk(body);
        }

        var title = document.Title?.Trim();
        return new SourceDocument(walker.Finish(), "html") { Title = string.IsNullOrEmpty(title) ? null : title };
    }

    /// <summary>The charset a meta tag declares in the first 4 KB, or null.</summary>
    private static Encoding? DeclaredCharset(byte[] bytes)
    {
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = Charset().Match(head);
        return match.Success ? ReportTextDecoder.ByName(match.Groups[1].Value) : null;
    }

    [GeneratedRegex(@"<meta[^>]*charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
