namespace Gongkai.Documents.Reading.Interpretation;

/// <summary>
/// How close a normalised text is to a normalised label, from 0 to 1: 1 for the same text, high for
/// a typo (edit distance) or a truncation ("本年新" of "本年新制作数量"), low for anything else.
/// </summary>
internal static class LabelSimilarity
{
    /// <summary>At or above this a text is taken to be the label (with a reading doubt below 1).</summary>
    public const double Accept = 0.72;

    /// <summary>The best candidate must beat the runner-up by this much to be placed.</summary>
    public const double Margin = 0.08;

    public static double Score(string text, string label)
    {
        if (text.Length == 0 || label.Length == 0)
        {
            return 0;
        }

        if (string.Equals(text, label, StringComparison.Ordinal))
        {
            return 1;
        }

        var containment = 0.0;
        if (text.Length >= 2 && label.Contains(text, StringComparison.Ordinal))
        {
            // Truncated text: "本年新" of "本年新制作数量".
            containment = 0.5 + (0.45 * text.Length / label.Length);
        }
        else if (label.Length >= 2 && text.Contains(label, StringComparison.Ordinal))
        {
            // Extra words around the label: "采购总金额（单位:万元）".
            containment = 0.5 + (0.45 * label.Length / text.Length);
        }

        var longer = Math.Max(text.Length, label.Length);
        if (Math.Abs(text.Length - label.Length) > longer / 2)
        {
            return containment;
        }

        var distance = Levenshtein(text, label);
        return Math.Max(containment, 1.0 - ((double)distance / longer));
    }

    private static int Levenshtein(string a, string b)
    {
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
