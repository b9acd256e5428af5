using System.CommandLine;
using Gongkai.Cli;

var root = new RootCommand("Gongkai（公开）政府信息公开工作台命令行");
foreach (var command in CliCommands.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
