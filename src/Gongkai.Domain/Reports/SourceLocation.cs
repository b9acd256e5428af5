using System.Globalization;
using System.Text;

namespace Gongkai.Domain.Reports;

/// <summary>
/// Where a value or a paragraph came from in a source document, so that every finding points at the
/// exact place. All parts are 1-based and optional: a text file has lines, a PDF pages, a DOCX or
/// HTML file tables with rows and cells.
/// </summary>
public sealed record SourceLocation(int? Page = null, int? Line = null, int? Table = null, int? Row = null, int? Cell = null)
{
    /// <summary>The raw text found there, before normalisation; null when not kept.</summary>
    public string? RawText { get; init; }

    /// <summary>"第2页 第14行 表格3 第5行 第2格" — the parts that are known.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        Append(Page, "第{0}页");
        Append(Line, "第{0}行");
        Append(Table, "表格{0}");
        Append(Row, "第{0}行");
        Append(Cell, "第{0}格");
        return text.ToString();

        void Append(int? value, string pattern)
        {
            if (value is { } v)
            {
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                text.AppendFormat(CultureInfo.InvariantCulture, pattern, v);
            }
        }
    }
}
