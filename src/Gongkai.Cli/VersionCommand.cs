using System.CommandLine;
using System.Reflection;

namespace Gongkai.Cli;

internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("about", "显示版本与支持的年报格式");
        command.SetAction(_ =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
            Console.WriteLine($"gongkai {version}");
            foreach (var format in Gongkai.Domain.Reports.ReportFormats.All)
            {
                Console.WriteLine($"  {format.Notice} {format.Name}");
            }

            return 0;
        });
        return command;
    }
}
