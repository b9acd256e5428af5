using System.Text;

namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// A same-length copy of a text with full-width forms folded and Traditional characters simplified,
/// so that a pattern found in the copy can be cut out of the original at the same positions.
/// </summary>
internal static class SimplifiedText
{
    public static string Of(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = LabelText.Fold(text[i]);
            if (c == '資' && i + 1 < text.Length && text[i + 1] == '訊')
            {
                result.Append("信息");
                i++;
                continue;
            }

            result.Append(TraditionalChinese.ToSimplified(c));
        }

        return result.ToString();
    }
}
