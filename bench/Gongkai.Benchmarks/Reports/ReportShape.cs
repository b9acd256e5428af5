namespace Gongkai.Benchmarks.Reports;

/// <summary>The file shapes the read benchmark measures.</summary>
public enum ReportShape
{
    /// <summary>Plain text as Word exports it (the seed's shape).</summary>
    Text,

    /// <summary>Standalone HTML page.</summary>
    Html,

    /// <summary>Word document.</summary>
    Docx,
}
