using Gongkai.Documents.Writing;
using Gongkai.Domain.Reports;

namespace Gongkai.Documents.Tests.Writing;

/// <summary>Compares two reports field by field and cell by cell, naming the first difference.</summary>
internal static class ReportAssert
{
    public static void Same(AnnualReport expected, AnnualReport actual, bool compareText = true)
    {
        Assert.Equal(expected.Format, actual.Format);
        Assert.Equal(expected.AgencyName, actual.AgencyName);
        Assert.Equal(expected.Year, actual.Year);
        foreach (var cell in expected.Definition.Cells)
        {
            var want = CellText.Of(expected[cell.Key]);
            var got = CellText.Of(actual[cell.Key]);
            Assert.True(want == got, $"{cell.Key} ({cell.Label}): expected '{want}', read '{got}'");
            Assert.Equal(expected[cell.Key].IsBlank, actual[cell.Key].IsBlank);
        }

        Assert.Equal(
            expected.Sections.Select(s => (s.Number, s.Marker, s.Title)),
            actual.Sections.Select(s => (s.Number, s.Marker, s.Title)));
        if (compareText)
        {
            Assert.Equal(expected.Preamble.Select(p => p.Text), actual.Preamble.Select(p => p.Text));
            for (var i = 0; i < expected.Sections.Count; i++)
            {
                Assert.Equal(expected.Sections[i].Paragraphs.Select(p => p.Text), actual.Sections[i].Paragraphs.Select(p => p.Text));
            }
        }
    }
}
