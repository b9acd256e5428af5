namespace Gongkai.Application.Staff;

/// <summary>The roles of the console. Names are stable identifiers stored in the database.</summary>
public static class StaffRoles
{
    /// <summary>系统管理员: runs the platform, sees every agency.</summary>
    public const string SystemAdministrator = "SystemAdministrator";

    /// <summary>机关管理员: manages its agency's accounts and settings.</summary>
    public const string AgencyAdministrator = "AgencyAdministrator";

    /// <summary>信息公开工作人员: registers and answers requests (Art. 4).</summary>
    public const string DisclosureOfficer = "DisclosureOfficer";

    /// <summary>审批人 (office head): approves extensions (Art. 33) and publication.</summary>
    public const string Approver = "Approver";

    /// <summary>监督人员: sees its agency's subtree read-only (Art. 6, Art. 47 supervision).</summary>
    public const string Supervisor = "Supervisor";

    public static IReadOnlyList<string> All { get; } =
        [SystemAdministrator, AgencyAdministrator, DisclosureOfficer, Approver, Supervisor];

    /// <summary>The Chinese name of a role, for pages.</summary>
    public static string DisplayName(string role) => role switch
    {
        SystemAdministrator => "系统管理员",
        AgencyAdministrator => "机关管理员",
        DisclosureOfficer => "信息公开工作人员",
        Approver => "审批人",
        Supervisor => "监督人员",
        _ => role,
    };
}
