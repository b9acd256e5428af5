using System.Text;

namespace Gongkai.Application.Catalogue;

/// <summary>
/// The FTS5 MATCH expression of a SQLite catalogue search (ADR-010, "Filters inside the index"): the text as
/// a phrase over the text columns, and each chosen filter as a term of the indexed column <c>Facets</c>, so
/// that FTS5 intersects the lists instead of the search testing every match's filter. The terms are those
/// the SQLite migration <c>CatalogueSearchFacets</c> writes: 「category」, 【topic】 and the year as one
/// trigram. Keep the two in step.
/// </summary>
internal static class SearchFacets
{
    /// <summary>The year term's first character; the next two are U+E000 + century and U+E000 + year in it.</summary>
    private const char YearMark = '\uE100';

    /// <summary>The text as a phrase over <paramref name="textColumns"/>, and every filter of <paramref name="query"/>.</summary>
    public static string Match(string text, string textColumns, CatalogueQuery query)
    {
        var match = new StringBuilder().Append('{').Append(textColumns).Append("} : ").Append(Phrase(text));
        foreach (var term in Terms(query))
        {
            match.Append(" AND Facets : ").Append(Phrase(term));
        }

        return match.ToString();
    }

    /// <summary>The chosen category, topic and year as <c>Facets</c> terms.</summary>
    public static IEnumerable<string> Terms(CatalogueQuery query)
    {
        if (!string.IsNullOrEmpty(query.CategoryCode))
        {
            yield return "「" + query.CategoryCode + "」";
        }

        if (!string.IsNullOrEmpty(query.TopicCode))
        {
            yield return "【" + query.TopicCode + "】";
        }

        if (query.Year is { } year)
        {
            yield return Year(year);
        }
    }

    /// <summary>
    /// The year's term. A year no item can have (outside 0–9999, which the index's text dates hold) gets a
    /// term no item has, so the search finds nothing, as a date filter would.
    /// </summary>
    public static string Year(int year) => year is >= 0 and <= 9999
        ? new string([YearMark, (char)(0xE000 + (year / 100)), (char)(0xE000 + (year % 100))])
        : new string([YearMark, YearMark, YearMark]);

    /// <summary>An FTS5 string: the text in double quotes, its own double quotes doubled.</summary>
    public static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
