namespace Gongkai.Documents.Writing;

/// <summary>A row or column header: its merged groups (outermost first) and its own label.</summary>
internal sealed record HeaderPath(string Key, IReadOnlyList<string> Groups, string Label)
{
    /// <summary>Groups and label joined as "group / label" (Markdown's flat form).</summary>
    public string Flat => Groups.Count == 0 ? Label : string.Join(" / ", Groups.Append(Label));
}
