namespace Gongkai.Application.Demo;

/// <summary>A demo sign-in: user name, role and the agency it belongs to.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, string Role, string AgencyName);
