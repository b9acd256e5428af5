namespace Gongkai.Application.Reports;

/// <summary>Where a version of an annual report stands.</summary>
public enum ReportStatus
{
    /// <summary>草稿: tables recomputed from the records on every view, narrative editable.</summary>
    Draft,

    /// <summary>已审核: approved by the office head, ready to publish.</summary>
    Approved,

    /// <summary>已发布: frozen; a correction is a new version.</summary>
    Published,
}
