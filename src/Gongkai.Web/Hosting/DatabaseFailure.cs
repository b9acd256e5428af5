using System.Data.Common;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Hosting;

/// <summary>Tells a database that cannot be reached from any other failure.</summary>
internal static class DatabaseFailure
{
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbUpdateException)
            {
                return false;
            }

            if (e is DbException or SocketException or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
