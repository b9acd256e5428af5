using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Reading.Docx;

/// <summary>
/// Turns a paragraph's runs into the text a reader sees in Word: all runs joined (a number split
/// across runs comes back whole), tabs as \t, soft line breaks as \n, field results kept and field
/// instructions dropped, deleted revisions dropped, bookmarks and proofing marks ignored (they carry
/// no text), automatic list numbers put in front. Field state lives here because a field may span paragraphs.
/// </summary>
internal sealed class DocxTextCollector(DocxNumbering? numbering)
{
    // One entry per open complex field: true while still in its instruction part.
    private readonly Stack<bool> _fields = new();

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

    public string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder(numbering?.LabelOf(paragraph) ?? "");
        AppendChildren(paragraph, text);
        return text.ToString();
    }

    private void AppendChildren(OpenXmlElement parent, StringBuilder text)
    {
        foreach (var child in parent.ChildElements)
        {
            switch (child)
            {
                case Run run:
                    AppendRun(run, text);
                    break;
                case ParagraphProperties or DeletedRun or MoveFromRun or SdtProperties or SdtEndCharProperties:
                    break;
                default:
                    // Hyperlink, SimpleField (its runs are the result), SdtRun/SdtContentRun, InsertedRun,
                    // MoveToRun, CustomXmlRun, SmartTagRun: the text is in their runs.
                    AppendChildren(child, text);
                    break;
            }
        }
    }

    private void AppendRun(Run run, StringBuilder text)
    {
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar fieldChar:
                    Field(fieldChar);
                    break;
                case Text t when !InInstruction:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab when !InInstruction:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn when !InInstruction:
                    text.Append('\n');
                    break;
                case NoBreakHyphen when !InInstruction:
                    text.Append('-');
                    break;
                default:
                    // FieldCode (instructions), DeletedText, drawings, proofing and properties: no text.
                    break;
            }
        }
    }

    private void Field(FieldChar fieldChar)
    {
        var type = fieldChar.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            _fields.Push(true);
        }
        else if (type == FieldCharValues.Separate && _fields.Count > 0)
        {
            _fields.Pop();
            _fields.Push(false);
        }
        else if (type == FieldCharValues.End && _fields.Count > 0)
        {
            _fields.Pop();
        }
    }
}
