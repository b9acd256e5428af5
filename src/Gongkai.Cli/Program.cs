using Gongkai.Cli;

return await CliCommands.Root().Parse(args).InvokeAsync();
