using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Areas.Staff.Pages.Account;

/// <summary>Chinese wording of Identity's password errors.</summary>
internal static class PasswordMessages
{
    public static string Describe(IdentityError error) => error.Code switch
    {
        "PasswordMismatch" => "当前密码不正确。",
        "PasswordTooShort" => "新密码至少需要10位。",
        "PasswordRequiresDigit" => "新密码须包含数字。",
        "PasswordRequiresLower" => "新密码须包含小写字母。",
        "PasswordRequiresUpper" => "新密码须包含大写字母。",
        "PasswordRequiresUniqueChars" => "新密码包含的不同字符太少。",
        "ConcurrencyFailure" => "账号信息刚被修改，请重新提交。",
        _ => "密码修改失败，请检查后重试。",
    };
}
