using Gongkai.Application.Agencies;
using Microsoft.AspNetCore.Identity;

namespace Gongkai.Application.Staff;

/// <summary>A member of staff who signs in to the console; belongs to one agency.</summary>
public sealed class StaffUser : IdentityUser
{
    public Guid AgencyId { get; set; }

    public Agency? Agency { get; set; }

    /// <summary>The name shown in the console and the audit trail (e.g. 张三).</summary>
    public string DisplayName { get; set; } = "";
}
