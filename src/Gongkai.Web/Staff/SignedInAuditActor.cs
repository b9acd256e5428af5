using System.Security.Claims;
using Gongkai.Application.Auditing;

namespace Gongkai.Web.Staff;

/// <summary>The audit trail's actor in the web app: the signed-in user's id (never their name or data).</summary>
internal sealed class SignedInAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string ActorId =>
        accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? SystemAuditActor.SystemId;
}
