using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Html;

/// <summary>
/// Walks an HTML body in reading order: text runs between block elements become paragraphs, tables
/// without nested tables become <see cref="SourceTable"/>s, tables holding tables are page layout and
/// are walked as flow.
/// </summary>
internal sealed class HtmlFlowWalker
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "nav", "head", "iframe", "select", "button", "object", "svg", "textarea",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "main", "header", "footer",
        "center", "blockquote", "dd", "dt", "dl", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "form", "pre", "hr",
        "address", "figure", "aside", "body", "table",
    };

    private readonly List<SourceBlock> _blocks = [];
    private readonly StringBuilder _text = new();
    private int? _textLine;
    private int _tables;

    public void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                _textLine ??= Line(node as IElement);
                _text.Append(text.Data);
                continue;
            }

            if (child is not IElement element || Skipped.Contains(element.LocalName) || IsHidden(element))
            {
                continue;
            }

            if (element.LocalName == "br")
            {
                Flush();
            }
            else if (element is IHtmlTableElement table)
            {
                Flush();
                if (table.QuerySelector("table") is null)
                {
                    AddTable(table);
                }
                else
                {
                    Walk(table);
                    Flush();
                }
            }
            else if (BlockElements.Contains(element.LocalName))
            {
                Flush();
                Walk(element);
                Flush();
            }
            else
            {
                Walk(element);
            }
        }
    }

    public IReadOnlyList<SourceBlock> Finish()
    {
        Flush();
        return _blocks;
    }

    private void Flush()
    {
        var text = HtmlText.Collapse(_text.ToString());
        if (text.Length > 0)
        {
            _blocks.Add(new SourceParagraph(text, new SourceLocation(Line: _textLine) { RawText = text }));
        }

        _text.Clear();
        _textLine = null;
    }

    private void AddTable(IHtmlTableElement table)
    {
        // A caption that repeats the heading just before the table (as accessible pages write it) adds nothing.
        if (table.Caption is { } caption && HtmlText.Collapse(caption.TextContent) is { Length: > 0 } captionText
            && !(_blocks.Count > 0 && _blocks[^1] is SourceParagraph previous && string.Equals(previous.Text, captionText, StringComparison.Ordinal)))
        {
            _blocks.Add(new SourceParagraph(captionText, new SourceLocation(Line: Line(caption)) { RawText = captionText }));
        }

        var number = ++_tables;
        var occupied = new HashSet<(int Row, int Column)>();
        var rows = new List<SourceRow>();
        var r = 0;
        foreach (var row in table.Rows)
        {
            var cells = new List<SourceCell>();
            var column = 0;
            foreach (var cell in row.Cells)
            {
                while (occupied.Contains((r, column)))
                {
                    column++;
                }

                var rowSpan = Math.Clamp(cell.RowSpan, 1, 200);
                var colSpan = Math.Clamp(cell.ColumnSpan, 1, 100);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    for (var dc = 0; dc < colSpan; dc++)
                    {
                        occupied.Add((r + dr, column + dc));
                    }
                }

                var text = HtmlText.OfCell(cell);
                var location = new SourceLocation(Line: Line(cell), Table: number, Row: r + 1, Cell: column + 1) { RawText = text };
                cells.Add(new SourceCell(text, location, rowSpan, colSpan));
                column += colSpan;
            }

            if (cells.Count > 0)
            {
                rows.Add(new SourceRow(cells));
            }

            r++;
        }

        if (rows.Count > 0)
        {
            _blocks.Add(new SourceTable(rows, new SourceLocation(Line: Line(table), Table: number)));
        }
    }

    private static bool IsHidden(IElement element) =>
        element.GetAttribute("style") is { } style && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);

    private static int? Line(IElement? element) => element?.SourceReference?.Position.Line;
}
