using System.Text.Json;

namespace Gongkai.Documents.Tests.Cli;

public class FeeCommandTests
{
    [Fact(DisplayName = "gongkai fee --per-request 35 → 3,000 元，逐档列出")]
    public void PerRequest_WorkedExample()
    {
        var (exit, output, _) = CliRun.Of("fee", "--per-request", "35");
        Assert.Equal(0, exit);
        Assert.StartsWith("信息处理费：3,000 元", output, StringComparison.Ordinal);
        Assert.Contains("第 11–30 件：20 件 × 100 元 = 2,000 元", output, StringComparison.Ordinal);
        Assert.Contains("第 31–35 件：5 件 × 200 元 = 1,000 元", output, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "gongkai fee --pages 250 --json → 4,700 元")]
    public void PerPage_WorkedExample_Json()
    {
        var (exit, output, _) = CliRun.Of("fee", "--pages", "250", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(4700m, json.RootElement.GetProperty("totalYuan").GetDecimal());
        Assert.Equal(4, json.RootElement.GetProperty("bands").GetArrayLength());
    }

    [Theory(DisplayName = "每件申请只能选择一种计收方式")]
    [InlineData("fee")]
    [InlineData("fee", "--per-request", "12", "--pages", "40")]
    public void ExactlyOneMethod(params string[] args)
    {
        var (exit, _, error) = CliRun.Of(args);
        Assert.Equal(1, exit);
        Assert.Contains("只能选择一种计收方式", error, StringComparison.Ordinal);
    }
}
