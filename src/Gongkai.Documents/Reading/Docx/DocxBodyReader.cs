using System.Xml;
using System.Xml.Linq;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>
/// Walks a DOCX body in document order into paragraphs and tables, streaming word/document.xml with an
/// <see cref="XmlReader"/>. Content controls (w:sdt) and custom XML wrappers are looked through;
/// headers, footers, footnotes and comments are not read. A table nested inside a table cell becomes
/// its own <see cref="SourceTable"/> right after the table that holds it (tables are numbered in that
/// order, from 1); the cell keeps only its own text. Paragraphs are numbered among the body's top-level
/// paragraphs, blank ones included, from 1; blank paragraphs are counted but not emitted.
/// </summary>
internal sealed class DocxBodyReader(DocxNumbering? numbering = null)
{
    private readonly DocxTextCollector _text = new(numbering);
    private readonly List<SourceBlock> _blocks = [];
    private readonly List<string> _notes = [];
    private int _paragraphs;
    private int _tables;

    public IReadOnlyList<string> Notes => _notes;

    /// <summary>
    /// Reads the blocks of the document's w:body; false when the part is not a Word document (no
    /// w:document with a w:body).
    /// </summary>
    public bool Read(XmlReader reader, out IReadOnlyList<SourceBlock> blocks)
    {
        blocks = _blocks;
        if (reader.MoveToContent() != XmlNodeType.Element || !DocxXml.Is(reader, "document"))
        {
            return false;
        }

        var depth = reader.Depth;
        if (!DocxXml.Enter(reader))
        {
            return false;
        }

        var found = false;
        while (DocxXml.NextChild(reader, depth))
        {
            if (!found && DocxXml.Is(reader, "body"))
            {
                found = true;
                WalkBlocks(reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return found;
    }

    internal string TextOf(XmlReader paragraph) => _text.TextOf(paragraph);

    internal void Note(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    /// <summary>The children of the body, a content control's content or a custom XML wrapper.</summary>
    private void WalkBlocks(XmlReader reader)
    {
        var depth = reader.Depth;
        if (!DocxXml.Enter(reader))
        {
            return;
        }

        while (DocxXml.NextChild(reader, depth))
        {
            if (DocxXml.Is(reader, "p"))
            {
                _paragraphs++;
                var text = _text.TextOf(reader);
                if (!string.IsNullOrWhiteSpace(text))
                {
                    _blocks.Add(new SourceParagraph(text, new SourceLocation(Line: _paragraphs) { RawText = text }));
                }
            }
            else if (DocxXml.Is(reader, "tbl"))
            {
                ReadTable(reader);
            }
            else if (DocxXml.Is(reader, "sdt"))
            {
                WalkContentControl(reader);
            }
            else if (DocxXml.Is(reader, "customXml"))
            {
                WalkBlocks(reader);
            }
            else
            {
                if (DocxXml.Is(reader, "altChunk"))
                {
                    Note("文档中有嵌入的外部内容块（altChunk），未读取");
                }

                reader.Skip();
            }
        }
    }

    /// <summary>A block-level w:sdt: only its w:sdtContent holds blocks.</summary>
    private void WalkContentControl(XmlReader reader)
    {
        var depth = reader.Depth;
        if (!DocxXml.Enter(reader))
        {
            return;
        }

        var read = false;
        while (DocxXml.NextChild(reader, depth))
        {
            if (!read && DocxXml.Is(reader, "sdtContent"))
            {
                read = true;
                WalkBlocks(reader);
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private void ReadTable(XmlReader reader)
    {
        var index = ++_tables;
        var nested = new List<XElement>();
        var rows = new DocxTableReader(this, index, nested).Read(reader);
        _blocks.Add(new SourceTable(rows, new SourceLocation(Table: index)));
        foreach (var inner in nested)
        {
            using var innerReader = inner.CreateReader();
            innerReader.MoveToContent();
            ReadTable(innerReader);
        }
    }
}
