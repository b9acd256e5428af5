namespace Gongkai.Documents.Tests;

/// <summary>Paths of the sample reports copied beside the tests.</summary>
internal static class SampleFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "reports", name);

    public static string Seed2020 => Path("xinjianlu-2020.txt");
}
