namespace Gongkai.Application.Catalogue;

/// <summary>
/// The office's edit of one section of the generated 指南 (Art. 12): text added after the generated
/// paragraphs, or text replacing them. Plain text, one paragraph per line, escaped when shown.
/// </summary>
/// <param name="Section">The section's position in the generated guide, from 1 (一、总则).</param>
/// <param name="ReplacesGenerated">True: the text replaces the generated paragraphs; false: it follows them.</param>
/// <param name="Text">The office's text.</param>
public sealed record GuideSectionEdit(int Section, bool ReplacesGenerated, string Text);
