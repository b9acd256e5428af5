namespace Gongkai.Domain.Requests;

/// <summary>How the applicant asks to obtain the information (获取信息的方式、途径, Regulation Art. 29(三)).</summary>
public enum DeliveryMethod
{
    /// <summary>邮寄.</summary>
    Post,

    /// <summary>电子邮件.</summary>
    Email,

    /// <summary>当面领取.</summary>
    CollectInPerson,

    /// <summary>在线获取（网上申请平台）.</summary>
    Online,

    /// <summary>传真.</summary>
    Fax,
}
