using System.Text.Json;
using Gongkai.Domain.Catalogue;

namespace Gongkai.Application.Catalogue;

/// <summary>The office's section edits of the 指南: stored as JSON in <see cref="CatalogueSettings.GuideEdits"/>, applied to the generated guide.</summary>
internal static class GuideEdits
{
    public static IReadOnlyList<GuideSectionEdit> Read(string? json) =>
        string.IsNullOrWhiteSpace(json) ? [] : JsonSerializer.Deserialize<List<GuideSectionEdit>>(json) ?? [];

    public static string Write(IEnumerable<GuideSectionEdit> edits)
    {
        var kept = edits.Where(e => !string.IsNullOrWhiteSpace(e.Text)).Select(e => e with { Text = e.Text.Trim() }).OrderBy(e => e.Section).ToList();
        return kept.Count == 0 ? "" : JsonSerializer.Serialize(kept);
    }

    /// <summary>The guide as the public sees it: each edited section's paragraphs replaced or extended.</summary>
    public static DisclosureGuide Apply(DisclosureGuide guide, IReadOnlyList<GuideSectionEdit> edits)
    {
        if (edits.Count == 0)
        {
            return guide;
        }

        var sections = guide.Sections.Select((section, index) =>
        {
            var edit = edits.FirstOrDefault(e => e.Section == index + 1);
            if (edit is null)
            {
                return section;
            }

            var added = Paragraphs(edit.Text);
            return section with { Paragraphs = edit.ReplacesGenerated ? added : [.. section.Paragraphs, .. added] };
        }).ToList();
        return guide with { Sections = sections };
    }

    public static List<string> Paragraphs(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
