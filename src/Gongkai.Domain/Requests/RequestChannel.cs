namespace Gongkai.Domain.Requests;

/// <summary>How a request reached the disclosure office (Regulation Art. 29, 31).</summary>
public enum RequestChannel
{
    /// <summary>The agency's online form (互联网渠道), Art. 31(三).</summary>
    Online,

    /// <summary>By post (邮寄), Art. 31(二).</summary>
    Post,

    /// <summary>Handed in at the office (当面提交), Art. 31(一).</summary>
    InPerson,

    /// <summary>The office's fax (传真), Art. 31(三).</summary>
    Fax,

    /// <summary>E-mail (电子邮件, a 数据电文 under Art. 29), dated as an internet channel under Art. 31(三).</summary>
    Email,

    /// <summary>Orally, where writing is genuinely difficult; the office fills in the form (Art. 29 ¶1).</summary>
    Oral,
}
