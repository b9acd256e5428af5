namespace Gongkai.Documents.Writing;

/// <summary>The shapes an annual report can be written in.</summary>
public enum ReportOutputFormat
{
    /// <summary>Word document in the official layout of the format.</summary>
    Docx,

    /// <summary>Standalone HTML page with accessible tables.</summary>
    Html,

    /// <summary>Markdown with pipe tables.</summary>
    Markdown,

    /// <summary>The canonical machine-readable JSON (docs/annual-report.schema.json).</summary>
    Json,
}
