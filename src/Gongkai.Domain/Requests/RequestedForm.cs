namespace Gongkai.Domain.Requests;

/// <summary>The form in which the applicant asks to receive the information (Regulation Art. 29(三), Art. 40).</summary>
public enum RequestedForm
{
    /// <summary>纸质文本.</summary>
    Paper,

    /// <summary>电子数据.</summary>
    Electronic,

    /// <summary>查阅、抄录 (Art. 40).</summary>
    Inspection,
}
