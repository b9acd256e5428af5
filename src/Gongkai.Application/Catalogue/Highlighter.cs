namespace Gongkai.Application.Catalogue;

/// <summary>Cuts text into runs with the query's occurrences marked, and an excerpt around the first one.</summary>
public static class Highlighter
{
    public static IReadOnlyList<TextRun> Mark(string text, string query)
    {
        var runs = new List<TextRun>();
        if (query.Length == 0)
        {
            runs.Add(new TextRun(text, false));
            return runs;
        }

        var at = 0;
        while (at < text.Length)
        {
            var hit = text.IndexOf(query, at, StringComparison.OrdinalIgnoreCase);
            if (hit < 0)
            {
                break;
            }

            if (hit > at)
            {
                runs.Add(new TextRun(text[at..hit], false));
            }

            runs.Add(new TextRun(text.Substring(hit, query.Length), true));
            at = hit + query.Length;
        }

        if (at < text.Length)
        {
            runs.Add(new TextRun(text[at..], false));
        }

        return runs;
    }

    /// <summary>About <paramref name="length"/> characters of <paramref name="text"/> around the first match, marked.</summary>
    public static IReadOnlyList<TextRun> Excerpt(string text, string query, int length = 120)
    {
        var flat = text.ReplaceLineEndings(" ");
        var hit = query.Length == 0 ? -1 : flat.IndexOf(query, StringComparison.OrdinalIgnoreCase);
        var start = hit < 0 ? 0 : Math.Max(0, hit - (length / 3));
        var end = Math.Min(flat.Length, start + length);
        var cut = flat[start..end];
        var runs = new List<TextRun>();
        if (start > 0)
        {
            runs.Add(new TextRun("…", false));
        }

        runs.AddRange(Mark(cut, query));
        if (end < flat.Length)
        {
            runs.Add(new TextRun("…", false));
        }

        return runs;
    }
}
