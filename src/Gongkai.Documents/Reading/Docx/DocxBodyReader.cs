using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>
/// Walks a DOCX body in document order into paragraphs and tables. Content controls (w:sdt) and
/// custom XML wrappers are looked through; headers, footers, footnotes and comments are not read.
/// A table nested inside a table cell becomes its own <see cref="SourceTable"/> right after the table
/// that holds it (tables are numbered in that order, from 1); the cell keeps only its own text.
/// Paragraphs are numbered among the body's top-level paragraphs, blank ones included, from 1;
/// blank paragraphs are counted but not emitted.
/// </summary>
internal sealed class DocxBodyReader(DocxNumbering? numbering = null)
{
    private readonly DocxTextCollector _text = new(numbering);
    private readonly List<SourceBlock> _blocks = [];
    private readonly List<string> _notes = [];
    private int _paragraphs;
    private int _tables;

    public IReadOnlyList<string> Notes => _notes;

    public IReadOnlyList<SourceBlock> Read(Body body)
    {
        WalkBlocks(body);
        return _blocks;
    }

    internal string TextOf(Paragraph paragraph) => _text.TextOf(paragraph);

    internal void Note(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    private void WalkBlocks(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    _paragraphs++;
                    var text = _text.TextOf(paragraph);
                    if (!string.IsNullOrWhiteSpace(text))
                    {
                        _blocks.Add(new SourceParagraph(text, new SourceLocation(Line: _paragraphs) { RawText = text }));
                    }

                    break;
                case Table table:
                    ReadTable(table);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    WalkBlocks(content);
                    break;
                case CustomXmlBlock custom:
                    WalkBlocks(custom);
                    break;
                case AltChunk:
                    Note("文档中有嵌入的外部内容块（altChunk），未读取");
                    break;
                default:
                    break;
            }
        }
    }

    private void ReadTable(Table table)
    {
        var index = ++_tables;
        var nested = new List<Table>();
        var rows = new DocxTableReader(this, index, nested).Read(table);
        _blocks.Add(new SourceTable(rows, new SourceLocation(Table: index)));
        foreach (var inner in nested)
        {
            ReadTable(inner);
        }
    }
}
