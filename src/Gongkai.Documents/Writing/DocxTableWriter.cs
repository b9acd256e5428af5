using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Writing;

/// <summary>
/// Draws one of the format's tables as a bordered Word table: merged header cells become gridSpan
/// (across) and vMerge (down), values are centred, blank cells stay empty.
/// </summary>
internal static class DocxTableWriter
{
    public static Table Table(AnnualReport report, TableDefinition definition, string caption)
    {
        var layout = TableLayout.For(report.Format, definition);
        var widths = Widths(layout);
        var wide = layout.DataColumns > 10;
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableJustification { Val = TableRowAlignmentValues.Center },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
                new DocumentFormat.OpenXml.Wordprocessing.TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }),
                new TableCaption { Val = caption }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));

        foreach (var slots in layout.Slots)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var slot in slots)
            {
                var width = Width(widths, slot.Column, slot.Span);
                if (slot.Cell is { } cell)
                {
                    var text = cell.Role == LayoutRole.Data ? CellText.Of(report[TableLayout.KeyOf(definition, cell)]) : cell.Text;
                    var merge = cell.RowSpan > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null;
                    tableRow.Append(Cell(text, width, slot.Span, merge, StyleOf(cell.Role, wide)));
                }
                else
                {
                    tableRow.Append(Cell(string.Empty, width, slot.Span, slot.Continues ? new VerticalMerge() : null, StyleOf(LayoutRole.Data, wide)));
                }
            }

            table.Append(tableRow);
        }

        return table;
    }

    /// <summary>Row labels flush left, everything else (headers, numbers) centred.</summary>
    private static string StyleOf(LayoutRole role, bool wide) => (role is LayoutRole.RowHeader, wide) switch
    {
        (true, true) => DocxStyle.WideTableLabel,
        (true, false) => DocxStyle.TableLabel,
        (false, true) => DocxStyle.WideTableText,
        (false, false) => DocxStyle.TableText,
    };

    private static TableCell Cell(string text, int width, int span, VerticalMerge? merge, string style)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is not null)
        {
            properties.Append(merge);
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        return new TableCell(properties, DocxStyle.Paragraph(text, style));
    }

    private static int Width(int[] widths, int start, int span) => widths.Skip(start).Take(span).Sum();

    /// <summary>Grid widths in twips over the type area: row labels take a quarter (one level) or half (with groups).</summary>
    private static int[] Widths(TableLayout layout)
    {
        const int Total = DocxStyle.TextWidth;
        const int GroupWidth = 680;
        var widths = new int[layout.GridColumns];
        var headerWidth = layout.RowHeaderColumns switch
        {
            0 => 0,
            1 => Total / 4,
            _ => Total / 2,
        };
        for (var c = 0; c < layout.RowHeaderColumns; c++)
        {
            widths[c] = c < layout.RowHeaderColumns - 1 ? GroupWidth : headerWidth - (GroupWidth * (layout.RowHeaderColumns - 1));
        }

        var dataWidth = (Total - headerWidth) / layout.DataColumns;
        for (var c = layout.RowHeaderColumns; c < widths.Length; c++)
        {
            widths[c] = dataWidth;
        }

        widths[^1] += Total - widths.Sum();
        return widths;
    }
}
