using System.Text;

namespace Gongkai.Documents.Reading;

/// <summary>Undoes Markdown backslash escapes (CommonMark: a backslash before ASCII punctuation).</summary>
internal static class MarkdownText
{
    public static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] < 128 && !char.IsWhiteSpace(text[i + 1]))
            {
                i++;
            }

            plain.Append(text[i]);
        }

        return plain.ToString();
    }
}
