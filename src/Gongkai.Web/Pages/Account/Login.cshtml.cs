using System.ComponentModel.DataAnnotations;
using Gongkai.Application.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Account;

/// <summary>Staff sign-in; five wrong passwords lock the account for fifteen minutes.</summary>
public sealed class LoginModel(SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.UserName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Staff");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "登录失败次数过多，账号已被暂时锁定，请15分钟后再试或联系机关管理员。"
            : "用户名或密码不正确。");
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "请填写用户名。")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "请填写密码。")]
        public string Password { get; set; } = "";
    }
}
