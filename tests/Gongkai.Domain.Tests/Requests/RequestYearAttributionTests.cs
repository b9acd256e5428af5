using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Requests.Sample;

namespace Gongkai.Domain.Tests.Requests;

public class RequestYearAttributionTests
{
    [Theory(DisplayName = "年度归属：本年新收、上年结转、本年办结、结转下年度")]
    [InlineData("2024-03-01", "2024-03-29", 2024, true, false, true, false)]
    [InlineData("2024-12-20", "2025-01-20", 2024, true, false, false, true)] // carried across 31 December
    [InlineData("2024-12-20", "2025-01-20", 2025, false, true, true, false)]
    [InlineData("2023-12-28", null, 2025, false, true, false, true)] // still open two years on
    [InlineData("2024-03-01", "2024-03-29", 2025, false, false, false, false)]
    [InlineData("2025-01-02", null, 2024, false, false, false, false)]
    public void Attribution(string received, string? concluded, int year, bool isNew, bool carriedOver, bool isConcluded, bool carriedForward) =>
        Assert.Equal(
            new RequestYearAttribution(isNew, carriedOver, isConcluded, carriedForward),
            RequestYearAttribution.For(D(received), concluded is null ? null : D(concluded), year));

    [Fact(DisplayName = "跨 12 月 31 日的申请：期限跨年计算，表三按年度归属")]
    public void RequestCarriedAcross31December()
    {
        var c = Case("2024-12-20");
        Assert.Equal(D("2025-01-20"), c.ReplyDeadline(Calendar).Date); // 元旦 2025-01-01 not counted
        Assert.True(c.ToTableEntry().AttributionIn(2024).IsCarriedForward);
        c = c.Apply(RequestEvent.Replied(D("2025-01-16"), Disposition.Disclosed), Calendar).Value;
        var in2025 = c.ToTableEntry().AttributionIn(2025);
        Assert.True(in2025.IsCarriedOver && in2025.IsConcluded);
    }
}
