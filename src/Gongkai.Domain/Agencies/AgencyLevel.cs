using System.Text.RegularExpressions;

namespace Gongkai.Domain.Agencies;

/// <summary>
/// Where an agency sits in the administrative hierarchy, derived from its name
/// ("新郑市新建路街道办事处" → 街道; "某县市场监督管理局" → a county department).
/// </summary>
/// <param name="Tier">The lowest division named.</param>
/// <param name="IsGovernment">True for the people's government (or 街道办事处) itself, false for one of its departments.</param>
public readonly partial record struct AgencyLevel(AdministrativeTier Tier, bool IsGovernment)
{
    /// <summary>
    /// Whether the agency may make 规章. Only State Council departments and the governments of
    /// provinces, 设区的市 and 自治州 may (《立法法》2023 Art. 91, 93); a county, a township, a
    /// 街道 or any of their departments may not.
    /// </summary>
    /// <remarks>An unknown or city-level agency is given the benefit of the doubt.</remarks>
    public bool MayMakeRules => Tier is not (AdministrativeTier.County or AdministrativeTier.Township or AdministrativeTier.Subdistrict);

    /// <summary>The level of an agency from its name; <see cref="AdministrativeTier.Unknown"/> when unclear.</summary>
    public static AgencyLevel FromName(string agencyName)
    {
        var name = Spaces().Replace(agencyName, string.Empty);
        var isGovernment = Government().IsMatch(name);
        if (Subdistrict().IsMatch(name))
        {
            return new AgencyLevel(AdministrativeTier.Subdistrict, name.EndsWith("街道办事处", StringComparison.Ordinal) || isGovernment);
        }

        if (Township().IsMatch(name))
        {
            return new AgencyLevel(AdministrativeTier.Township, isGovernment);
        }

        if (County().IsMatch(name) || District().IsMatch(name))
        {
            return new AgencyLevel(AdministrativeTier.County, isGovernment);
        }

        if (City().IsMatch(name))
        {
            return new AgencyLevel(AdministrativeTier.City, isGovernment);
        }

        return Province().IsMatch(name)
            ? new AgencyLevel(AdministrativeTier.Province, isGovernment)
            : new AgencyLevel(AdministrativeTier.Unknown, isGovernment);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(人民政府|政府)(办公室|办公厅)?$")]
    private static partial Regex Government();

    [GeneratedRegex(@"街道(办事处|办|党工委|$)")]
    private static partial Regex Subdistrict();

    // A 乡 or 镇 is named before it ("某某镇人民政府"); 城乡/乡村 (住房和城乡建设局, 乡村振兴局),
    // 乡镇 and a city such as 镇江市 are not townships.
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(?<!城|乡)(乡|镇)(人民政府|政府|党委|党政|$)")]
    private static partial Regex Township();

    // "沛县", "长阳土家族自治县", "达拉特旗"; 县级 is an adjective, not a division.
    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(县|旗)(?!级)")]
    private static partial Regex County();

    // A 市辖区 follows its city: "郑州市金水区"; 开发区, 新区, 自治区, 社区, 景区 and 园区 are not districts.
    [GeneratedRegex(@"市(?!场)\p{IsCJKUnifiedIdeographs}{1,5}(?<!开发|新|自治|社|景|园|片|城|地|矿|林)区")]
    private static partial Regex District();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(市(?!场)|自治州|盟|地区)")]
    private static partial Regex City();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}(省|自治区)")]
    private static partial Regex Province();
}
