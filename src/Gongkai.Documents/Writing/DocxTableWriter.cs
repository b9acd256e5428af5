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

        // cover[c] = (last row index covered, span) of a vertically merged cell starting above.
        var cover = new (int LastRow, int Span)[layout.GridColumns];
        for (var r = 0; r < layout.Rows.Count; r++)
        {
            var row = layout.Rows[r];
            var starts = row.Cells.ToDictionary(c => c.Column);
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            for (var column = 0; column < layout.GridColumns;)
            {
                if (starts.TryGetValue(column, out var cell))
                {
                    var text = cell.Role == LayoutRole.Data ? CellText.Of(report[TableLayout.KeyOf(definition, cell)]) : cell.Text;
                    var merge = cell.RowSpan > 1 ? new VerticalMerge { Val = MergedCellValues.Restart } : null;
                    tableRow.Append(Cell(text, Width(widths, column, cell.ColSpan), cell.ColSpan, merge, Justify(cell.Role)));
                    if (cell.RowSpan > 1)
                    {
                        cover[column] = (r + cell.RowSpan - 1, cell.ColSpan);
                    }

                    column += cell.ColSpan;
                }
                else if (cover[column].Span > 0 && cover[column].LastRow >= r)
                {
                    var span = cover[column].Span;
                    tableRow.Append(Cell(string.Empty, Width(widths, column, span), span, new VerticalMerge(), JustificationValues.Center));
                    column += span;
                }
                else
                {
                    tableRow.Append(Cell(string.Empty, widths[column], 1, null, JustificationValues.Center));
                    column++;
                }
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static JustificationValues Justify(LayoutRole role) =>
        role is LayoutRole.RowHeader ? JustificationValues.Left : JustificationValues.Center;

    private static TableCell Cell(string text, int width, int span, VerticalMerge? merge, JustificationValues justification)
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
        var paragraph = DocxStyle.Paragraph(text, DocxStyle.BodyFont, DocxStyle.TableSize, justification, false);
        paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "300", LineRule = LineSpacingRuleValues.AtLeast };
        return new TableCell(properties, paragraph);
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
