using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading;

/// <summary>Collects the lines of a text report into paragraphs and tables, with line numbers.</summary>
internal sealed class TextTableBuilder
{
    private readonly List<SourceBlock> _blocks = [];
    private List<SourceRow> _rows = [];
    private readonly List<(string Text, int Line)> _cells = [];
    private int _tableLine;
    private int _tables;
    private bool _lastWasCell;

    /// <summary>Whether the previous line was a one-cell line that a continuation may extend.</summary>
    public bool CanContinueCell => _lastWasCell && _cells.Count > 0;

    public void AddCell(string text, int line)
    {
        StartTable(line);
        _cells.Add((text, line));
        _lastWasCell = true;
    }

    public void ContinueCell(string text)
    {
        _cells[^1] = (_cells[^1].Text + "\n" + text.Trim(), _cells[^1].Line);
    }

    public void AddRow(IEnumerable<string> cells, int line)
    {
        StartTable(line);
        EndRow();
        foreach (var cell in cells)
        {
            _cells.Add((cell, line));
        }

        EndRow();
    }

    public void EndRow()
    {
        _lastWasCell = false;
        if (_cells.Count == 0)
        {
            return;
        }

        var rowNumber = _rows.Count + 1;
        var cells = new SourceCell[_cells.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            var (text, line) = _cells[i];
            cells[i] = new SourceCell(text, new SourceLocation(Line: line, Table: _tables, Row: rowNumber, Cell: i + 1) { RawText = text });
        }

        _rows.Add(new SourceRow(cells));
        _cells.Clear();
    }

    public void AddParagraph(string text, int line)
    {
        EndTable();
        _blocks.Add(new SourceParagraph(text, new SourceLocation(Line: line) { RawText = text }));
    }

    public IReadOnlyList<SourceBlock> Finish()
    {
        EndTable();
        return _blocks;
    }

    private void StartTable(int line)
    {
        if (_rows.Count == 0 && _cells.Count == 0 && _tableLine == 0)
        {
            _tables++;
            _tableLine = line;
        }
    }

    private void EndTable()
    {
        EndRow();
        if (_rows.Count > 0)
        {
            // The list is handed over as it is and a new one started: no copy of every row.
            _blocks.Add(new SourceTable(_rows, new SourceLocation(Line: _tableLine, Table: _tables)));
            _rows = [];
        }

        _tableLine = 0;
    }
}
