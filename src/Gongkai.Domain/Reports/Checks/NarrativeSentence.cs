namespace Gongkai.Domain.Reports.Checks;

/// <summary>One sentence of the narrative (normalised digits), with the section and paragraph it is in.</summary>
internal sealed record NarrativeSentence(ReportSection Section, ReportParagraph Paragraph, string Text)
{
    public FindingLocation Location => new(Section.Number, null, Paragraph.Source);
}
