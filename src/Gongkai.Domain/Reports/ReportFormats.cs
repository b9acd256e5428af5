namespace Gongkai.Domain.Reports;

/// <summary>The known formats and the rule that picks one for a report year.</summary>
public static class ReportFormats
{
    /// <summary>The 2019 trial format (国办公开办函〔2019〕60号).</summary>
    public static ReportFormatDefinition Trial2019 { get; } = Formats.Trial2019Format.Build();

    /// <summary>The 2021 format (国办公开办函〔2021〕30号).</summary>
    public static ReportFormatDefinition Revised2021 { get; } = Formats.Revised2021Format.Build();

    /// <summary>Both formats, oldest first.</summary>
    public static IReadOnlyList<ReportFormatDefinition> All { get; } = [Trial2019, Revised2021];

    /// <summary>The format a report for <paramref name="year"/> must use: ≤2020 → 2019 trial, ≥2021 → 2021.</summary>
    /// <remarks>The 2021 notice (30号) applies from the 2021 report, published in 2022.</remarks>
    public static ReportFormat RequiredFor(int year) => year <= 2020 ? ReportFormat.Trial2019 : ReportFormat.Revised2021;

    /// <summary>The definition of a format.</summary>
    public static ReportFormatDefinition Get(ReportFormat format) => format switch
    {
        ReportFormat.Trial2019 => Trial2019,
        ReportFormat.Revised2021 => Revised2021,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The definition required for a report year.</summary>
    public static ReportFormatDefinition ForYear(int year) => Get(RequiredFor(year));
}
