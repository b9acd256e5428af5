namespace Gongkai.Domain.Agencies;

/// <summary>The tier of the administrative division an agency belongs to, as far as its name tells.</summary>
public enum AdministrativeTier
{
    /// <summary>The name does not say for sure (e.g. a 市 that may be a 设区的市 or a county-level city).</summary>
    Unknown,

    /// <summary>省、自治区 (and their departments).</summary>
    Province,

    /// <summary>市、自治州、盟、地区: a 设区的市 or a county-level city; the name alone cannot tell which.</summary>
    City,

    /// <summary>县、自治县、旗 or a 市辖区.</summary>
    County,

    /// <summary>乡、民族乡、镇.</summary>
    Township,

    /// <summary>街道 (街道办事处), the county's or district's agency in a city.</summary>
    Subdistrict,
}
