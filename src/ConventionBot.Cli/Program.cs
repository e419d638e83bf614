using ConventionBot.Cli;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
return await CliApp.Build(AnsiConsole.Console, configuration).Parse(args).InvokeAsync();
