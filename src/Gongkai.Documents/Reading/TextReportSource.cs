using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads plain text extracted from Word into a <see cref="SourceDocument"/>: paragraphs are lines;
/// tables are runs of tab-indented lines, one cell per line, rows separated by blank lines, merged
/// cells as empty tab lines, a header split over lines ("\t本年新" + "制作数量") joined back. Rows
/// written on one line (cells separated by tabs or runs of spaces) are read too.
/// </summary>
public static partial class TextReportSource
{
    /// <summary>Reads the bytes of a text report (UTF-8, UTF-16 with BOM, GB18030/GBK).</summary>
    /// <exception cref="UnreadableReportException">The bytes are not text in any of those encodings.</exception>
    public static SourceDocument Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = ReportTextDecoder.Decode(bytes);
        if (text is null || !ReportTextDecoder.LooksLikeText(text))
        {
            throw new UnreadableReportException("不是可识别的年报文件（二进制内容，或不是 UTF-8、UTF-16、GB18030 编码的文本）");
        }

        return ReadText(text);
    }

    /// <summary>Reads already decoded text.</summary>
    public static SourceDocument ReadText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new TextTableBuilder();
        var number = 0;
        for (var start = 0; start <= text.Length;)
        {
            // Lines end at \r\n, \n or \r (as string.Split with those three would cut them). A line is
            // looked at as a span: only the pieces kept (cells, paragraphs) become strings.
            var rest = text.AsSpan(start);
            var end = rest.IndexOfAny('\r', '\n');
            var raw = end < 0 ? rest : rest[..end];
            start += end < 0 ? rest.Length + 1 : end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
            number++;
            var line = (raw.Contains("[bookmark:", StringComparison.Ordinal) ? Bookmark().Replace(raw.ToString(), string.Empty).AsSpan() : raw).TrimEnd(InvisibleEnd);
            if (number == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (line.StartsWith('\t') && !IsParagraphInTable(line))
            {
                var content = line[1..];
                if (content.Contains('\t'))
                {
                    builder.AddRow(content.ToString().Split('\t'), number);
                }
                else
                {
                    builder.AddCell(content.ToString(), number);
                }
            }
            else if (line.IsWhiteSpace())
            {
                builder.EndRow();
            }
            else if (builder.CanContinueCell && IsContinuation(line))
            {
                builder.ContinueCell(line.ToString());
            }
            else if (SplitRow(line) is { } cells)
            {
                builder.AddRow(cells, number);
            }
            else
            {
                builder.AddParagraph(line.Trim().ToString(), number);
            }
        }

        return new SourceDocument(builder.Finish(), "text");
    }

    /// <summary>A tab-indented line that is narrative, not a cell: a long sentence.</summary>
    private static bool IsParagraphInTable(ReadOnlySpan<char> line) =>
        line.Length > 80 && line.Contains('。') && !line[1..].Contains('\t');

    /// <summary>A short line right after a cell, without a tab: the rest of a header split over lines.</summary>
    private static bool IsContinuation(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Length is > 0 and <= 16
            && !trimmed.Contains('。')
            && !SectionStart().IsMatch(trimmed)
            && !PlainNumber().IsMatch(trimmed);
    }

    /// <summary>A row written on one line: cells separated by tabs or runs of spaces.</summary>
    private static string[]? SplitRow(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(RowPadding);
        if (trimmed.Length == 0 || trimmed.Contains('。') || !HasCellGap(trimmed))
        {
            return null;
        }

        var cells = CellGap().Split(trimmed.ToString());
        if (cells.Length < 2)
        {
            return null;
        }

        // Figures after at most three label cells, or a header of short cells.
        var trailing = cells.Reverse().TakeWhile(c => Interpretation.CellText.IsValueLike(c)).Count();
        var labelsShort = cells.Take(cells.Length - trailing).All(c => c.Length <= 60);
        var allShort = cells.All(c => c.Length <= 24);
        return (trailing > 0 && trailing >= cells.Length - 3 && labelsShort) || (cells.Length >= 3 && allShort) ? cells : null;
    }

    /// <summary>Whether <see cref="CellGap"/> finds a gap: without one a line is one cell, not a row.</summary>
    private static bool HasCellGap(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\t' or '\u3000' || (text[i] is ' ' or '\u00A0' && i + 1 < text.Length && text[i + 1] is ' ' or '\u00A0'))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] InvisibleEnd = ['\u200B', '\uFEFF'];

    private static readonly char[] RowPadding = [' ', '\u3000', '\u00A0'];

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"^\d+([.,]\d+)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"\t|[ \u00A0]{2,}|\u3000+")]
    private static partial Regex CellGap();

    [GeneratedRegex(@"^([一二三四五六七八九十]+|\d+|[（(][一二三四五六七八九十\d]+[)）])\s*[、.．,，]")]
    private static partial Regex SectionStart();
}
