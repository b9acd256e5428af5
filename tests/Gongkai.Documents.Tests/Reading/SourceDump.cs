using System.Globalization;
using System.Text;
using Gongkai.Documents.Reading;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Renders a <see cref="SourceDocument"/> as compact text so that a test can assert every block,
/// cell, span and location at once: <c>P L3 "text"</c>, <c>T2</c>, <c>  R1 C1 "text" 2x1 @T2R1C1</c>.
/// </summary>
internal static class SourceDump
{
    public static string Of(SourceDocument document)
    {
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case SourceParagraph paragraph:
                    text.Append(CultureInfo.InvariantCulture, $"P {Where(paragraph.Location)} {Quote(paragraph.Text)}\n");
                    break;
                case SourceTable table:
                    text.Append(CultureInfo.InvariantCulture, $"T {Where(table.Location)}\n");
                    foreach (var row in table.Rows)
                    {
                        text.Append(" |");
                        foreach (var cell in row.Cells)
                        {
                            var spans = cell.RowSpan == 1 && cell.ColSpan == 1 ? "" : string.Create(CultureInfo.InvariantCulture, $" {cell.RowSpan}x{cell.ColSpan}");
                            text.Append(CultureInfo.InvariantCulture, $" {Quote(cell.Text)}{spans} {Where(cell.Location)} |");
                        }

                        text.Append('\n');
                    }

                    break;
                default:
                    throw new InvalidOperationException("unknown block");
            }
        }

        return text.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\"";

    private static string Where(SourceLocation location)
    {
        var text = new StringBuilder("@");
        Part("p", location.Page);
        Part("L", location.Line);
        Part("T", location.Table);
        Part("R", location.Row);
        Part("C", location.Cell);
        return text.ToString();

        void Part(string name, int? value)
        {
            if (value is { } v)
            {
                text.Append(name).Append(v.ToString(CultureInfo.InvariantCulture));
            }
        }
    }
}
