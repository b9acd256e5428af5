namespace Gongkai.Domain.Requests;

/// <summary>
/// How one report year (统计期限 1月1日至12月31日) counts a request in table 三:
/// 一、本年新收 when received in the year; 二、上年结转 when received earlier and still open on 31 December of the
/// previous year; 三、本年度办理结果 when it ended in the year; 四、结转下年度 when received by 31 December and still
/// open then. A request ends on its reply (or deemed withdrawal, fee unpaid, withdrawal), not on filing.
/// K1 (一 + 二 = 三 + 四) holds by construction: both sides count the requests received by 31 December that
/// were still open on 1 January or received in the year.
/// </summary>
/// <param name="IsNew">一、本年新收.</param>
/// <param name="IsCarriedOver">二、上年结转.</param>
/// <param name="IsConcluded">三、本年度办理结果 (in the row of its disposition).</param>
/// <param name="IsCarriedForward">四、结转下年度继续办理.</param>
public readonly record struct RequestYearAttribution(bool IsNew, bool IsCarriedOver, bool IsConcluded, bool IsCarriedForward)
{
    /// <summary>The attribution of a request received on <paramref name="receivedOn"/> and ended on <paramref name="concludedOn"/>.</summary>
    public static RequestYearAttribution For(DateOnly receivedOn, DateOnly? concludedOn, int year)
    {
        var received = receivedOn.Year;
        var concluded = concludedOn?.Year ?? int.MaxValue;
        return new RequestYearAttribution(
            IsNew: received == year,
            IsCarriedOver: received < year && concluded >= year,
            IsConcluded: concluded == year,
            IsCarriedForward: received <= year && concluded > year);
    }
}
