namespace Gongkai.Documents.Reading;

/// <summary>What a report file is, judged from its first bytes, with the file extension as a hint.</summary>
public enum ReportFileShape
{
    /// <summary>Plain text extracted from Word.</summary>
    Text,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A Word document (a zip package).</summary>
    Docx,

    /// <summary>A PDF file.</summary>
    Pdf,

    /// <summary>Gongkai's canonical JSON report.</summary>
    Json,

    /// <summary>Markdown.</summary>
    Markdown,
}
