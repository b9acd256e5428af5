using System.Text;
using System.Xml;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>
/// Turns a paragraph's runs into the text a reader sees in Word: all runs joined (a number split
/// across runs comes back whole), tabs as \t, soft line breaks as \n, field results kept and field
/// instructions dropped, deleted revisions dropped, bookmarks and proofing marks ignored (they carry
/// no text), automatic list numbers put in front. Field state lives here because a field may span
/// paragraphs. Reads the paragraph's XML as a stream (no document object model).
/// </summary>
internal sealed class DocxTextCollector(DocxNumbering? numbering)
{
    // One entry per open complex field: true while still in its instruction part.
    private readonly Stack<bool> _fields = new();
    private readonly StringBuilder _text = new();

    private bool InInstruction
    {
        get
        {
            foreach (var inInstruction in _fields)
            {
                if (inInstruction)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The text of the w:p the reader is on; the reader ends after the paragraph.</summary>
    public string TextOf(XmlReader reader)
    {
        _text.Clear();
        DocxNumbering.ParagraphNumbering? list = null;
        var depth = reader.Depth;
        if (DocxXml.Enter(reader))
        {
            while (DocxXml.NextChild(reader, depth))
            {
                if (list is null && DocxXml.Is(reader, "pPr"))
                {
                    list = DocxNumbering.ParagraphNumbering.Read(reader);
                }
                else
                {
                    AppendInline(reader);
                }
            }
        }

        var label = numbering?.LabelOf(list ?? default) ?? "";
        return label.Length == 0 ? _text.ToString() : label + _text.ToString();
    }

    /// <summary>A child of a paragraph (or of a wrapper in it): a run, something to skip, or a wrapper of runs.</summary>
    private void AppendInline(XmlReader reader)
    {
        if (DocxXml.Is(reader, "r"))
        {
            AppendRun(reader);
            return;
        }

        if (DocxXml.Is(reader, "del") || DocxXml.Is(reader, "moveFrom") || DocxXml.Is(reader, "sdtPr") || DocxXml.Is(reader, "sdtEndPr"))
        {
            reader.Skip();
            return;
        }

        // Hyperlink, fldSimple (its runs are the result), sdt/sdtContent, ins, moveTo, customXml,
        // smartTag: the text is in their runs.
        var depth = reader.Depth;
        if (DocxXml.Enter(reader))
        {
            while (DocxXml.NextChild(reader, depth))
            {
                AppendInline(reader);
            }
        }
    }

    private void AppendRun(XmlReader reader)
    {
        var depth = reader.Depth;
        if (!DocxXml.Enter(reader))
        {
            return;
        }

        while (DocxXml.NextChild(reader, depth))
        {
            if (reader.NamespaceURI is not (DocxXml.Main or DocxXml.Strict))
            {
                reader.Skip();
                continue;
            }

            switch (reader.LocalName)
            {
                case "fldChar":
                    Field(DocxXml.Attribute(reader, "fldCharType"));
                    reader.Skip();
                    break;
                case "t" when !InInstruction:
                    _text.Append(reader.ReadElementContentAsString());
                    break;
                case "tab" or "ptab" when !InInstruction:
                    _text.Append('\t');
                    reader.Skip();
                    break;
                case "br" or "cr" when !InInstruction:
                    _text.Append('\n');
                    reader.Skip();
                    break;
                case "noBreakHyphen" when !InInstruction:
                    _text.Append('-');
                    reader.Skip();
                    break;
                default:
                    // instrText (instructions), delText, drawings, proofing and properties: no text.
                    reader.Skip();
                    break;
            }
        }
    }

    private void Field(string? type)
    {
        if (type == "begin")
        {
            _fields.Push(true);
        }
        else if (type == "separate" && _fields.Count > 0)
        {
            _fields.Pop();
            _fields.Push(false);
        }
        else if (type == "end" && _fields.Count > 0)
        {
            _fields.Pop();
        }
    }
}
