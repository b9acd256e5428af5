namespace Gongkai.Domain.Reports;

/// <summary>One paragraph of a narrative section, with where it was read.</summary>
public sealed record ReportParagraph(string Text, SourceLocation? Source = null);
