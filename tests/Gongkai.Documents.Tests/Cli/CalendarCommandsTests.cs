using System.Text.Json;

namespace Gongkai.Documents.Tests.Cli;

public class CalendarCommandsTests
{
    [Fact(DisplayName = "gongkai deadline --received 2020-01-20 输出答复期限及计算说明")]
    public void Deadline_PrintsDateAndExplanation()
    {
        var (exit, output, _) = CliRun.Of("deadline", "--received", "2020-01-20");
        Assert.Equal(0, exit);
        Assert.StartsWith("答复期限 2020-02-25：01-20 收到申请，自次日起算 20 个工作日", output, StringComparison.Ordinal);
        Assert.Contains("春节假期 01-24 至 02-02 不计", output, StringComparison.Ordinal);
        Assert.Contains("补正告知期限 2020-02-06", output, StringComparison.Ordinal);
    }

    [Theory(DisplayName = "gongkai deadline 支持补正、征求意见与延长")]
    [InlineData("2024-04-18", "--received", "2024-03-01", "--correction-received", "2024-03-20")]
    [InlineData("2024-04-22", "--received", "2024-03-01", "--consultation", "2024-03-05:2024-03-26")]
    [InlineData("2024-04-22", "--received", "2024-03-01", "--consultation-days", "15")]
    [InlineData("2024-04-28", "--received", "2024-03-01", "--extension", "20", "--approver", "李四")]
    public void Deadline_WithOptions(string expected, params string[] options)
    {
        var (exit, output, _) = CliRun.Of(["deadline", .. options, "--json"]);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(expected, json.RootElement.GetProperty("deadline").GetString());
        Assert.StartsWith($"答复期限 {expected}", json.RootElement.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Theory(DisplayName = "gongkai deadline 拒绝无效输入并以中文说明")]
    [InlineData("--received", "2020/01/20")]
    [InlineData("--received", "2024-03-01", "--extension", "21")]
    [InlineData("--received", "2024-03-01", "--consultation", "2024-03-26:2024-03-05")]
    [InlineData("--received", "2026-12-20")]
    public void Deadline_RejectsBadInput(params string[] options)
    {
        var (exit, output, error) = CliRun.Of(["deadline", .. options]);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.NotEmpty(error);
    }

    [Fact(DisplayName = "gongkai workdays add 2024-02-02 3：调休上班的星期日计入")]
    public void WorkdaysAdd_CountsMakeupSunday()
    {
        var (exit, output, _) = CliRun.Of("workdays", "add", "2024-02-02", "3");
        Assert.Equal(0, exit);
        Assert.StartsWith("2024-02-06：2024-02-02 之后第 3 个工作日", output, StringComparison.Ordinal);
        Assert.Contains("2024-02-04 为春节调休上班日，计入", output, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "gongkai workdays between 2024-02-01 2024-02-29 --json")]
    public void WorkdaysBetween_Json()
    {
        var (exit, output, _) = CliRun.Of("workdays", "between", "2024-02-01", "2024-02-29", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(17, json.RootElement.GetProperty("workingDays").GetInt32());
    }

    [Fact(DisplayName = "缺少年度安排时报错，可用 --holidays 补充新年度")]
    public void Workdays_MissingYear_ThenSupplied()
    {
        var missing = CliRun.Of("workdays", "add", "2026-12-29", "3");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("缺少 2027 年", missing.Error, StringComparison.Ordinal);

        var file = Path.Combine(Path.GetTempPath(), $"gongkai-2027-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"years": {"2027": {"holidays": [{"date": "2027-01-01", "name": "元旦"}], "makeup_workdays": []}}}""");
        try
        {
            var supplied = CliRun.Of("workdays", "add", "2026-12-29", "3", "--holidays", file, "--json");
            Assert.Equal(0, supplied.ExitCode);
            using var json = JsonDocument.Parse(supplied.Output);
            Assert.Equal("2027-01-04", json.RootElement.GetProperty("result").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
