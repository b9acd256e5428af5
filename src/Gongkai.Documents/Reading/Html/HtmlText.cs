using System.Text;
using AngleSharp.Dom;

namespace Gongkai.Documents.Reading.Html;

/// <summary>Text of HTML pieces: whitespace collapsed, &lt;br&gt; and block breaks kept as line breaks in cells.</summary>
internal static class HtmlText
{
    /// <summary>Runs of whitespace (and &amp;nbsp;) to one space, trimmed.</summary>
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>A cell's text with &lt;br&gt; and paragraph breaks as "\n"; &amp;nbsp; kept as found.</summary>
    public static string OfCell(IElement cell)
    {
        var text = new StringBuilder();
        Append(cell, text);
        return text.ToString().Trim(' ', '\r', '\n', '\t');
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText t)
            {
                foreach (var c in t.Data)
                {
                    text.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
                }
            }
            else if (child is IElement e && e.LocalName is not ("script" or "style"))
            {
                var breaks = e.LocalName is "br" or "p" or "div" or "li";
                if (breaks && text.Length > 0)
                {
                    text.Append('\n');
                }

                Append(e, text);
            }
        }
    }
}
