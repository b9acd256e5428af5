namespace Gongkai.Cli.Reports;

/// <summary>The outcome of a run over many files, and the exit code it maps to.</summary>
internal sealed record CheckSummary(int Checked, int WithErrors, int WarningsOnly, int Unreadable)
{
    /// <summary>No file had an error.</summary>
    public const int Clean = 0;

    /// <summary>At least one report has an error finding.</summary>
    public const int ErrorsFound = 1;

    /// <summary>At least one file could not be read; wins over <see cref="ErrorsFound"/>.</summary>
    public const int NotReadable = 2;

    public static CheckSummary Of(IReadOnlyCollection<CheckedFile> files) => new(
        files.Count,
        files.Count(f => !f.IsUnreadable && f.HasErrors),
        files.Count(f => !f.IsUnreadable && !f.HasErrors && f.HasWarnings),
        files.Count(f => f.IsUnreadable));

    public int ExitCode => Unreadable > 0 ? NotReadable : WithErrors > 0 ? ErrorsFound : Clean;

    public string Line => $"共检查 {Checked} 份年报：{WithErrors} 份有错误，{WarningsOnly} 份仅有警告，{Unreadable} 份无法读取";
}
