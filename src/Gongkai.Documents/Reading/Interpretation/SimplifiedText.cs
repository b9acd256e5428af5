namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// A same-length copy of a text with full-width forms folded and Traditional characters simplified,
/// so that a pattern found in the copy can be cut out of the original at the same positions.
/// </summary>
internal static class SimplifiedText
{
    public static string Of(string text)
    {
        // Same length by construction ("資訊" → "信息"), so the copy is written in place, no StringBuilder.
        return string.Create(text.Length, text, static (result, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = LabelText.Fold(text[i]);
                if (c == '資' && i + 1 < text.Length && text[i + 1] == '訊')
                {
                    result[i] = '信';
                    result[++i] = '息';
                    continue;
                }

                result[i] = TraditionalChinese.ToSimplified(c);
            }
        });
    }
}
