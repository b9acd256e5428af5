namespace Gongkai.Application.Catalogue;

/// <summary>A piece of highlighted text: pages escape <see cref="Text"/> and wrap matches in &lt;mark&gt;.</summary>
public sealed record TextRun(string Text, bool IsMatch);
