using System.Text;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Splits Markdown lines into paragraphs and tables. A bold line right before a pipe table is that
/// block's heading; pipe tables separated only by blank lines and such headings form one table.
/// </summary>
internal sealed class MarkdownBlockParser
{
    private readonly string[] _lines;
    private readonly List<SourceBlock> _blocks = [];
    private readonly List<MarkdownTableBlock> _pendingTable = [];
    private readonly StringBuilder _paragraph = new();
    private (string Text, int Line)? _pendingHeading;
    private int _paragraphLine;
    private int _tables;

    private MarkdownBlockParser(string[] lines) => _lines = lines;

    public static List<SourceBlock> Parse(string[] lines) => new MarkdownBlockParser(lines).Run();

    private List<SourceBlock> Run()
    {
        for (var i = 0; i < _lines.Length; i++)
        {
            var line = _lines[i].Trim();
            if (line.Length == 0)
            {
                FlushParagraph();
                continue;
            }

            if (IsTableStart(i))
            {
                FlushParagraph();
                var start = i;
                var rows = new List<MarkdownTableRow> { new(i + 1, SplitRow(line)) };
                i += 2;
                while (i < _lines.Length && _lines[i].TrimStart().StartsWith('|'))
                {
                    rows.Add(new MarkdownTableRow(i + 1, SplitRow(_lines[i].Trim())));
                    i++;
                }

                i--;
                _pendingTable.Add(new MarkdownTableBlock(_pendingHeading?.Text, _pendingHeading?.Line ?? start + 1, rows));
                _pendingHeading = null;
                continue;
            }

            if (line.Length > 4 && line.StartsWith("**", StringComparison.Ordinal) && line.EndsWith("**", StringComparison.Ordinal) && NextNonBlankIsTable(i + 1))
            {
                FlushParagraph();
                _pendingHeading = (MarkdownText.Unescape(line[2..^2]), i + 1);
                continue;
            }

            FlushTable();
            if (line.StartsWith('#'))
            {
                FlushParagraph();
                var level = line.TakeWhile(c => c == '#').Count();
                _blocks.Add(new SourceParagraph(MarkdownText.Unescape(line[level..].Trim()), new SourceLocation(Line: i + 1)));
                continue;
            }

            if (_paragraph.Length == 0)
            {
                _paragraphLine = i + 1;
            }
            else
            {
                _paragraph.Append(' ');
            }

            _paragraph.Append(line);
        }

        FlushParagraph();
        FlushTable();
        return _blocks;
    }

    private bool IsTableStart(int i) =>
        _lines[i].TrimStart().StartsWith('|') && i + 1 < _lines.Length && IsDelimiterRow(_lines[i + 1].Trim());

    private bool NextNonBlankIsTable(int i)
    {
        while (i < _lines.Length && _lines[i].Trim().Length == 0)
        {
            i++;
        }

        return i < _lines.Length && IsTableStart(i);
    }

    private static bool IsDelimiterRow(string line) =>
        line.StartsWith('|') && line.Contains('-', StringComparison.Ordinal) && line.All(c => c is '|' or '-' or ':' or ' ');

    /// <summary>Splits "| a | b \| c |" into cells, honouring escaped pipes, then unescapes each cell.</summary>
    private static List<string> SplitRow(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var body = line.Trim();
        var start = body.StartsWith('|') ? 1 : 0;
        for (var i = start; i < body.Length; i++)
        {
            var ch = body[i];
            if (ch == '\\' && i + 1 < body.Length)
            {
                cell.Append(ch).Append(body[i + 1]);
                i++;
            }
            else if (ch == '|')
            {
                cells.Add(MarkdownText.Unescape(cell.ToString().Trim()));
                cell.Clear();
            }
            else
            {
                cell.Append(ch);
            }
        }

        if (cell.ToString().Trim().Length > 0)
        {
            cells.Add(MarkdownText.Unescape(cell.ToString().Trim()));
        }

        return cells;
    }

    private void FlushParagraph()
    {
        if (_paragraph.Length > 0)
        {
            _blocks.Add(new SourceParagraph(MarkdownText.Unescape(_paragraph.ToString()), new SourceLocation(Line: _paragraphLine)));
            _paragraph.Clear();
        }
    }

    private void FlushTable()
    {
        if (_pendingTable.Count > 0)
        {
            _tables++;
            _blocks.Add(MarkdownTableBuilder.Build(_pendingTable, _tables));
            _pendingTable.Clear();
        }

        _pendingHeading = null;
    }
}
